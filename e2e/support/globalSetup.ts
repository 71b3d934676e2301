import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the renderer once per run into a folder of its own (so two runs at once do not overwrite
 * each other's build); every test then starts its own web-mode server on it.
 */
export default function globalSetup(): void {
  const outDir = mkdtempSync(join(tmpdir(), 'workbench-renderer-'));
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  process.env['WORKBENCH_RENDERER_DIR'] = outDir;
}
