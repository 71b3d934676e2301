import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../appError.ts';
import { keyFolderChainKeys, keyFolderFor } from '../audit/keyFolderChainKeys.ts';
import { createCore } from '../createCore.ts';
import { defaultDataRoot } from '../dataFolder.ts';
import { startWebServer } from '../web/webServer.ts';
import { openInBrowser } from './openInBrowser.ts';
import { seedDemoCounty } from '../demo/seedDemoCounty.ts';
import { demoPassword } from '../demo/demoCounty.ts';

const defaultRendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/**
 * Starts web mode from command-line arguments and prints `WORKBENCH_URL=<address>` once ready.
 * Flags: --data-dir D, --port P, --renderer-dir R, --no-open, --audit-keys DIR (where the audit
 * chain's key is kept: outside the data folder; by default beside the per-user data folder).
 */
export async function runWebMode(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'audit-keys': { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid_port', `端口“${values.port}”无效，请给出 0 到 65535 之间的整数。`);
  }

  const dataDir = values['data-dir'] ?? defaultDataRoot();
  const chainKeys = keyFolderChainKeys(keyFolderFor(dataDir, values['audit-keys']));
  if (values.demo) await seedDemo(dataDir);
  const core = createCore({ dataDir, mode: 'web', chainKeys });
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

/** --demo: a fresh data folder gets the demo county; one already set up is left as it is. */
async function seedDemo(dataDir: string): Promise<void> {
  const seeded = await seedDemoCounty(dataDir, new Date());
  console.log(
    seeded
      ? `已生成演示数据：示范县。管理员 admin，新闻办 xinwenban，主管部门 zhuguan，教育局经办 jiaoyu.jb / 负责人 jiaoyu.fzr；密码均为 ${demoPassword}`
      : '数据目录已有数据，未生成演示数据。',
  );
}

/** Runs a CLI entry, turning an AppError into its Chinese message and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
