import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../appError.ts';
import { createCore } from '../createCore.ts';
import { defaultDataRoot } from '../dataFolder.ts';
import { startWebServer } from '../web/webServer.ts';
import { openInBrowser } from './openInBrowser.ts';

const defaultRendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/**
 * Starts web mode from command-line arguments and prints `WORKBENCH_URL=<address>` once ready.
 * Flags: --data-dir D, --port P, --renderer-dir R, --no-open.
 */
export async function runWebMode(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid_port', `端口“${values.port}”无效,请给出 0 到 65535 之间的整数。`);
  }

  const core = createCore({ dataDir: values['data-dir'] ?? defaultDataRoot(), mode: 'web' });
  const web = await startWebServer({
    router: core.router,
    rendererDir: values['renderer-dir'] ?? defaultRendererDir,
    token: randomBytes(32).toString('base64url'),
    port,
  });
  console.log(`WORKBENCH_URL=${web.url}`);
  if (!values['no-open']) openInBrowser(web.url);

  const stop = (): void => {
    void web.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs a CLI entry, turning an AppError into its Chinese message and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
