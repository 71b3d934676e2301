import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the renderer once per run into a folder of its own (so two runs at once do not overwrite
 * each other's build); every test then starts its own web-mode server on it. The demo county is
 * made once too, alongside the build (about ten seconds of work), and the specs that ask for it
 * start on a copy of that folder.
 */
export default async function globalSetup(): Promise<void> {
  const demoDir = join(mkdtempSync(join(tmpdir(), 'workbench-demo-template-')), 'data');
  const seeding = spawn(process.execPath, ['e2e/support/seedDemoTemplate.ts', demoDir], {
    stdio: 'inherit',
  });
  const seeded = new Promise<void>((resolve, reject) => {
    seeding.once('error', reject);
    seeding.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding the demo county failed (${code})`)),
    );
  });

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

  await seeded;
  process.env['WORKBENCH_DEMO_TEMPLATE'] = demoDir;
}
