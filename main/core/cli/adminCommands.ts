import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { allArchiveSources } from '../archive/allArchiveSources.ts';
import { archivePeriod } from '../archive/periodArchive.ts';
import { join, resolve } from 'node:path';
import { listUsers } from '../accounts/userRepository.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { dataFolder, type DataFolder } from '../dataFolder.ts';

/** What an admin command prints, and its exit code (0 success, 2 a finding such as a broken chain). */
export interface CommandOutcome {
  readonly lines: readonly string[];
  readonly exitCode: number;
}

function openExisting(dataDir: string): {
  folder: DataFolder;
  close: () => void;
  db: ReturnType<typeof openDatabase>;
} {
  const folder = dataFolder(dataDir);
  if (!existsSync(folder.database)) {
    throw new AppError('no_database', `数据目录“${folder.root}”中没有工作台数据文件。`);
  }
  const db = openDatabase(folder.database, { backupDir: folder.backups });
  return { folder, db, close: () => db.close() };
}

export function verifyAudit(dataDir: string): CommandOutcome {
  const { db, close } = openExisting(dataDir);
  try {
    const result = verifyAuditChain(db);
    return result.intact
      ? { lines: [`审计链完整：共 ${result.count} 条记录。`, `OK ${result.count}`], exitCode: 0 }
      : {
          lines: [
            `审计链在第 ${result.brokenSeq} 条记录处断裂：${result.reason}。此前 ${result.count} 条记录完好。`,
            `BROKEN ${result.brokenSeq}`,
          ],
          exitCode: 2,
        };
  } finally {
    close();
  }
}

const stamp = (): string => new Date().toISOString().replace(/[:.]/g, '-');

/** A consistent copy of the database (VACUUM INTO) and the attachments, into a new folder. */
export function backup(dataDir: string, out: string | undefined): CommandOutcome {
  const { folder, db, close } = openExisting(dataDir);
  const target = resolve(out ?? join(folder.backups, `backup-${stamp()}`));
  try {
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new AppError('target_not_empty', `备份目标“${target}”不是空目录，为防止覆盖已停止。`);
    }
    mkdirSync(target, { recursive: true });
    db.prepare('VACUUM INTO ?').run(join(target, 'workbench.sqlite'));
    if (existsSync(folder.attachments)) {
      cpSync(folder.attachments, join(target, 'attachments'), { recursive: true });
    }
  } finally {
    close();
  }
  return { lines: [`已备份到 ${target}`], exitCode: 0 };
}

/** Restores a backup into a new, empty data folder, then checks it opens and its audit chain holds. */
export function restore(from: string, dataDir: string): CommandOutcome {
  const source = resolve(from);
  if (!existsSync(join(source, 'workbench.sqlite'))) {
    throw new AppError('no_backup', `“${source}”中没有备份的数据文件（workbench.sqlite）。`);
  }
  const target = resolve(dataDir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new AppError(
      'target_not_empty',
      `恢复目标“${target}”不是空目录。请恢复到一个新的目录，以免覆盖现有数据。`,
    );
  }
  const folder = dataFolder(target);
  cpSync(join(source, 'workbench.sqlite'), folder.database);
  if (existsSync(join(source, 'attachments'))) {
    cpSync(join(source, 'attachments'), folder.attachments, { recursive: true });
  }
  const verified = verifyAudit(target);
  return {
    lines: [`已恢复到 ${target}`, ...verified.lines],
    exitCode: verified.exitCode,
  };
}

export function users(dataDir: string): CommandOutcome {
  const { db, close } = openExisting(dataDir);
  try {
    const unitNames = new Map(listUnits(db, true).map((unit) => [unit.id, unit.name]));
    const lines = listUsers(db).map((user) =>
      [
        user.username,
        user.displayName,
        user.unitId ? (unitNames.get(user.unitId) ?? '') : '',
        user.roles.join(','),
        user.disabled ? '已停用' : '启用',
      ].join('\t'),
    );
    return { lines: ['用户名\t姓名\t单位\t角色\t状态', ...lines], exitCode: 0 };
  } finally {
    close();
  }
}

/** The period archive into a new folder: the Word files of every approved event, and the index. */
export async function archive(
  dataDir: string,
  from: string,
  to: string,
  out: string,
): Promise<CommandOutcome> {
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new AppError('target_not_empty', `归档目标“${target}”不是空目录，为防止覆盖已停止。`);
  }
  const { db, close } = openExisting(dataDir);
  try {
    const archived = await archivePeriod(db, allArchiveSources, { from, to }, null, new Date());
    mkdirSync(target, { recursive: true });
    for (const file of archived.files) writeFileSync(join(target, file.fileName), file.bytes);
    return {
      lines: [
        `已归档 ${archived.rows.length} 个文件到 ${target}（含归档目录.docx 和 归档目录.csv）。`,
      ],
      exitCode: 0,
    };
  } finally {
    close();
  }
}
