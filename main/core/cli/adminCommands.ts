import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listUsers } from '../accounts/userRepository.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { allArchiveSources } from '../archive/allArchiveSources.ts';
import { archivePeriod } from '../archive/periodArchive.ts';
import {
  checkpointCode,
  checkpointFileName,
  checkpointFileText,
  takeCheckpoint,
} from '../audit/auditCheckpoint.ts';
import { dataFolder } from '../dataFolder.ts';
import { readKeyPair } from '../exchange/identityRepository.ts';
import { verifyAudit } from './auditCommands.ts';
import {
  cliChainKeys,
  openExisting,
  type CommandOutcome,
  type KeyOptions,
} from './commandSupport.ts';

const stamp = (): string => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * A consistent copy of the database (VACUUM INTO) and the attachments, into a new folder, with a
 * checkpoint of the audit chain (审计校验点.json) taken just before the copy. The command writes
 * nothing to the database, so the checkpoint is unsigned if the installation has no exchange key.
 */
export function backup(dataDir: string, out: string | undefined): CommandOutcome {
  const { folder, db, close } = openExisting(dataDir);
  const target = resolve(out ?? join(folder.backups, `backup-${stamp()}`));
  let noted: string;
  try {
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new AppError('target_not_empty', `备份目标“${target}”不是空目录，为防止覆盖已停止。`);
    }
    mkdirSync(target, { recursive: true });
    const checkpoint = takeCheckpoint(db, readKeyPair(db), new Date());
    db.prepare('VACUUM INTO ?').run(join(target, 'workbench.sqlite'));
    if (existsSync(folder.attachments)) {
      cpSync(folder.attachments, join(target, 'attachments'), { recursive: true });
    }
    if (checkpoint) {
      writeFileSync(join(target, checkpointFileName), checkpointFileText(checkpoint));
      noted = `审计校验点：截至第 ${checkpoint.rowCount} 条记录，校验码 ${checkpointCode(checkpoint)}${checkpoint.signature ? '' : '（未签名：本安装尚无交换密钥）'}，已写入 ${checkpointFileName}。请把它另行保存一份。`;
    } else {
      noted = '此数据目录尚未完成初始设置，没有写审计校验点。';
    }
  } finally {
    close();
  }
  return { lines: [`已备份到 ${target}`, noted], exitCode: 0 };
}

/**
 * Restores a backup into a new, empty data folder, then checks it opens, its audit chain holds and
 * it matches the backup's checkpoint.
 */
export function restore(from: string, dataDir: string, keys: KeyOptions = {}): CommandOutcome {
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
  const withCheckpoint = existsSync(join(source, checkpointFileName)) ? { against: source } : {};
  const verified = verifyAudit(target, { ...keys, ...withCheckpoint });
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
  period: { readonly from: string; readonly to: string },
  out: string,
  keys: KeyOptions = {},
): Promise<CommandOutcome> {
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new AppError('target_not_empty', `归档目标“${target}”不是空目录，为防止覆盖已停止。`);
  }
  const { db, close } = openExisting(dataDir, cliChainKeys(dataDir, keys));
  try {
    const archived = await archivePeriod(db, allArchiveSources, period, null, new Date());
    mkdirSync(target, { recursive: true });
    for (const file of archived.files) writeFileSync(join(target, file.fileName), file.bytes);
    return {
      lines: [
        `已归档 ${archived.rows.length} 个文件到 ${target}（含归档目录.docx、归档目录.csv 和 ${checkpointFileName}）。`,
      ],
      exitCode: 0,
    };
  } finally {
    close();
  }
}
