import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';
import { attachChainKeys } from '../audit/auditKeying.ts';
import type { ChainKeyProvider } from '../audit/chainKey.ts';
import { keyFileChainKeys, keyFolderChainKeys, keyFolderFor } from '../audit/keyFolderChainKeys.ts';
import { dataFolder, type DataFolder } from '../dataFolder.ts';
import { openDatabase } from '../db/openDatabase.ts';

/** What an admin command prints, and its exit code (0 success, 2 a finding such as a broken chain). */
export interface CommandOutcome {
  readonly lines: readonly string[];
  readonly exitCode: number;
}

/** Where the commands find the audit chain's keys: --audit-key FILE, or the key folder. */
export interface KeyOptions {
  readonly auditKey?: string | undefined;
  readonly auditKeys?: string | undefined;
}

export function cliChainKeys(dataDir: string, options: KeyOptions): ChainKeyProvider {
  return options.auditKey
    ? keyFileChainKeys(options.auditKey)
    : keyFolderChainKeys(keyFolderFor(dataDir, options.auditKeys));
}

/**
 * Opens the database of an existing data folder. With keys, audit rows the command writes are
 * keyed with the installation's key; a command never creates a key (only the app does).
 */
export function openExisting(
  dataDir: string,
  keys?: ChainKeyProvider,
): { folder: DataFolder; db: DatabaseSync; close: () => void } {
  const folder = dataFolder(dataDir);
  if (!existsSync(folder.database)) {
    throw new AppError('no_database', `数据目录“${folder.root}”中没有工作台数据文件。`);
  }
  const db = openDatabase(folder.database, { backupDir: folder.backups });
  if (keys) attachChainKeys(db, keys, { create: false });
  return { folder, db, close: () => db.close() };
}
