import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrateHubDatabase } from './db/hubMigration.ts';
import { enrolCard, listInstallations, revokeInstallation } from './db/installationRepository.ts';
import { createHubServer } from './server/createHubServer.ts';
import { databaseUnavailable } from './server/databaseUnavailable.ts';

const usage = `交换中心（县政府信息中心运行）用法：
  npm run hub -- --database postgres://用户@主机:5432/库名 --port 8800 [--host 0.0.0.0]
      启动服务（端口 0 表示任选空闲端口），在标准输出打印 HUB_URL=…
  npm run hub -- enrol --database postgres://… --card 名片文件            登记一个单位的交换名片
  npm run hub -- revoke --database postgres://… --installation 安装标识   撤销一个单位的登记
  npm run hub -- list --database postgres://…                             列出已登记的单位`;

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

async function withDatabase<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await migrateHubDatabase(pool);
    return await work(pool);
  } finally {
    await pool.end();
  }
}

/**
 * Runs one hub command. `serve` (no subcommand) returns only when the server is stopped by a
 * signal; the others return an exit code.
 */
export async function runHubCommand(
  args: readonly string[],
  output: CliOutput = consoleOutput,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        database: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        card: { type: 'string' },
        installation: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    output.err(`参数有误：${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'serve';
  if (values.help) {
    output.out(usage);
    return 0;
  }
  const database = values.database ?? process.env['HUB_DATABASE_URL'];
  if (!database) {
    output.err(`缺少 --database（PostgreSQL 连接地址）。\n${usage}`);
    return 2;
  }
  try {
    switch (command) {
      case 'serve':
        return await serve(database, values.port ?? '8800', values.host ?? '0.0.0.0', output);
      case 'enrol': {
        if (!values.card) {
          output.err('缺少 --card（交换名片文件）。');
          return 2;
        }
        const cardText = readFileSync(values.card, 'utf8');
        const { installation, replacedFingerprint } = await withDatabase(database, (pool) =>
          enrolCard(pool, cardText),
        );
        output.out(`已登记：${installation.name}（安装标识 ${installation.id}）`);
        output.out(`指纹：${installation.fingerprint}`);
        if (replacedFingerprint)
          output.out(`已替换原先登记的密钥（原指纹：${replacedFingerprint}）。`);
        output.out('请与该单位的管理员电话核对指纹。');
        return 0;
      }
      case 'revoke': {
        const id = values.installation;
        if (!id) {
          output.err('缺少 --installation（要撤销的安装标识）。');
          return 2;
        }
        const revoked = await withDatabase(database, (pool) => revokeInstallation(pool, id));
        if (!revoked) {
          output.err(`没有登记过安装标识为“${id}”的单位。`);
          return 1;
        }
        output.out(`已撤销“${id}”的登记：此后它的请求都会被拒绝。`);
        return 0;
      }
      case 'list': {
        const installations = await withDatabase(database, listInstallations);
        if (installations.length === 0) output.out('尚未登记任何单位。');
        for (const one of installations) {
          const state = one.revokedAt ? `已撤销（${one.revokedAt}）` : '有效';
          output.out(
            `${one.id}\t${one.name}\t${one.fingerprint}\t登记于 ${one.enrolledAt}\t${state}`,
          );
        }
        return 0;
      }
      default:
        output.err(`未知的命令“${command}”。\n${usage}`);
        return 2;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.err(
      databaseUnavailable(error)
        ? `无法连接交换中心的数据库（${reason}），请检查 --database 地址和 PostgreSQL 是否在运行。`
        : `失败：${reason}`,
    );
    return 1;
  }
}

async function serve(
  database: string,
  portText: string,
  host: string,
  output: CliOutput,
): Promise<number> {
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    output.err(`端口“${portText}”无效。`);
    return 2;
  }
  const hub = await createHubServer({ databaseUrl: database, log: output.err });
  try {
    await new Promise<void>((resolve, reject) => {
      hub.server.once('error', reject);
      hub.server.listen(port, host, () => resolve());
    });
  } catch (error) {
    await hub.close();
    throw error;
  }
  const address = hub.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  output.out(`HUB_URL=http://127.0.0.1:${String(actualPort)}`);
  output.err(`交换中心已启动，端口 ${String(actualPort)}。按 Ctrl+C 停止。`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await hub.close();
  output.err('交换中心已停止。');
  return 0;
}
