import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningWebApp {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Stops the server gracefully. */
  stop(): Promise<void>;
  /** Kills the server the hard way, as a crash or power loss would. */
  kill(): Promise<void>;
}

export const newDataDir = (): string => mkdtempSync(join(tmpdir(), 'workbench-e2e-'));

/** Starts `webMain.ts` in a child process and resolves once it prints WORKBENCH_URL. */
export function startWebApp(
  options: { dataDir?: string; port?: number; extraArgs?: readonly string[] } = {},
): Promise<RunningWebApp> {
  const dataDir = options.dataDir ?? newDataDir();
  const demoTemplate = process.env['WORKBENCH_DEMO_TEMPLATE'];
  // --demo leaves a folder already set up as it is, so a copy of the run's demo county is used.
  if (options.extraArgs?.includes('--demo') && !options.dataDir && demoTemplate) {
    cpSync(demoTemplate, dataDir, { recursive: true });
  }
  const args = [
    'main/core/cli/webMain.ts',
    '--data-dir',
    dataDir,
    '--no-open',
    ...(process.env['WORKBENCH_RENDERER_DIR']
      ? ['--renderer-dir', process.env['WORKBENCH_RENDERER_DIR']]
      : []),
    ...(options.port ? ['--port', String(options.port)] : []),
    ...(options.extraArgs ?? []),
  ];
  // Web mode keeps the audit chain's key outside the data folder: here in the temp folder, not in
  // the user's own config folder.
  const env = { WORKBENCH_AUDIT_KEYS: join(tmpdir(), 'workbench-audit-keys'), ...process.env };
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /WORKBENCH_URL=(\S+)/.exec(stdout);
      if (!match?.[1]) return;
      const url = match[1];
      const parsed = new URL(url);
      resolve({
        url,
        origin: parsed.origin,
        token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
        dataDir,
        process: child,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`web mode exited (${code}): ${stderr}`)));
  });
}
