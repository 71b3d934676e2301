import { parseArgs } from 'node:util';
import { AppError } from '../appError.ts';
import {
  archive,
  backup,
  restore,
  users,
  verifyAudit,
  type CommandOutcome,
} from './adminCommands.ts';

const usage = `用法： npm run admin -- <命令> [选项]
  verify-audit --data-dir D         校验审计链
  backup --data-dir D [--out DIR]   备份数据文件和附件到新目录
  restore --from DIR --data-dir D   从备份恢复到一个新的空目录，并校验
  users --data-dir D                列出用户
  archive --data-dir D --from YYYY-MM-DD --to YYYY-MM-DD --out DIR
                                    把期间内已批准活动的 Word 文件和目录归档到新目录`;

async function run(argv: string[]): Promise<CommandOutcome> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  const dataDir = values['data-dir'];
  const command = positionals[0];
  if (!dataDir || !command) return { lines: [usage], exitCode: 1 };
  switch (command) {
    case 'verify-audit':
      return verifyAudit(dataDir);
    case 'backup':
      return backup(dataDir, values.out);
    case 'restore':
      if (!values.from)
        return { lines: ['restore 需要 --from 指明备份目录。', usage], exitCode: 1 };
      return restore(values.from, dataDir);
    case 'users':
      return users(dataDir);
    case 'archive':
      if (!values.from || !values.to || !values.out) {
        return { lines: ['archive 需要 --from、--to 和 --out。', usage], exitCode: 1 };
      }
      return archive(dataDir, values.from, values.to, values.out);
    default:
      return { lines: [`未知命令“${command}”。`, usage], exitCode: 1 };
  }
}

try {
  const outcome = await run(process.argv.slice(2));
  for (const line of outcome.lines) console.log(line);
  process.exitCode = outcome.exitCode;
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exitCode = 1;
}
