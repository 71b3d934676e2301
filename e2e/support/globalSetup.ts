import { execFileSync } from 'node:child_process';

/** Builds the renderer once; every test then starts its own web-mode server on it. */
export default function globalSetup(): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
    },
  );
}
