import { parseArgs } from 'node:util';
import { AppError } from '../appError.ts';
import { archive, backup, restore, users } from './adminCommands.ts';
import { exportPeerCheckpoints, verifyAudit } from './auditCommands.ts';
import type { CommandOutcome } from './commandSupport.ts';

export const adminUsage = `用法： npm run admin -- <命令> [选项]
  （安装版：新闻发布工作台 --admin <命令> [选项]；--data-dir 省略时为本机的数据目录）
  verify-audit --data-dir D [--against 校验点] [--code XXXX-XXXX --rows N]
                                    校验审计链；--against 再对照审计校验点（交换包、备份目录、
                                    归档目录或 .zip、审计校验点.json），--code 对照归档目录上的校验码
  backup --data-dir D [--out DIR]   备份数据文件和附件到新目录
  restore --from DIR --data-dir D   从备份恢复到一个新的空目录，并校验
  users --data-dir D                列出用户
  archive --data-dir D --from YYYY-MM-DD --to YYYY-MM-DD --out DIR
                                    把期间内已批准活动的 Word 文件和目录归档到新目录
  peer-checkpoints --data-dir D --out DIR
                                    把收到的其他单位的审计校验点写到目录，供对方核对
审计密钥：默认在每用户配置目录下的 press-workbench-audit-keys 中；--audit-keys DIR 或环境变量
  WORKBENCH_AUDIT_KEYS 另指目录，--audit-key FILE 指明一个密钥文件（仅用于核对）`;

/**
 * Runs one administrator command. `defaultDataDir` is the installation's own folder when the
 * command runs inside the installed desktop app (`--admin`), where --data-dir may be left out.
 */
export async function runAdminCommand(
  argv: readonly string[],
  defaultDataDir?: string,
): Promise<CommandOutcome> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      against: { type: 'string' },
      code: { type: 'string' },
      rows: { type: 'string' },
      'audit-key': { type: 'string' },
      'audit-keys': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ?? defaultDataDir;
  const command = positionals[0];
  if (!dataDir || !command) return { lines: [adminUsage], exitCode: 1 };
  const keys = { auditKey: values['audit-key'], auditKeys: values['audit-keys'] };
  switch (command) {
    case 'verify-audit':
      if (values.code !== undefined && values.rows === undefined) {
        return {
          lines: ['--code 需要同时给出 --rows（归档目录上印的记录条数）。', adminUsage],
          exitCode: 1,
        };
      }
      return verifyAudit(dataDir, {
        ...keys,
        against: values.against,
        code: values.code,
        rows: values.rows === undefined ? undefined : Number(values.rows),
      });
    case 'backup':
      return backup(dataDir, values.out);
    case 'restore':
      if (!values.from)
        return { lines: ['restore 需要 --from 指明备份目录。', adminUsage], exitCode: 1 };
      return restore(values.from, dataDir, keys);
    case 'users':
      return users(dataDir);
    case 'archive':
      if (!values.from || !values.to || !values.out) {
        return { lines: ['archive 需要 --from、--to 和 --out。', adminUsage], exitCode: 1 };
      }
      return archive(dataDir, { from: values.from, to: values.to }, values.out, keys);
    case 'peer-checkpoints':
      if (!values.out) return { lines: ['peer-checkpoints 需要 --out。', adminUsage], exitCode: 1 };
      return exportPeerCheckpoints(dataDir, values.out);
    default:
      return { lines: [`未知命令“${command}”。`, adminUsage], exitCode: 1 };
  }
}

/** The arguments after `--admin` when the desktop app is started as an admin command, else null. */
export function adminArguments(argv: readonly string[]): string[] | null {
  const index = argv.indexOf('--admin');
  return index === -1 ? null : argv.slice(index + 1);
}

/** Runs an admin command, prints its lines and answers the exit code. */
export async function printAdminCommand(
  argv: readonly string[],
  defaultDataDir?: string,
): Promise<number> {
  try {
    const outcome = await runAdminCommand(argv, defaultDataDir);
    for (const line of outcome.lines) console.log(line);
    return outcome.exitCode;
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    return 1;
  }
}
