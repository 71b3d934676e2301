import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';
import { useSearchFunctions } from '../search/searchCheck.ts';
import type { Migration } from './migration.ts';
import { migrations as allMigrations } from './migrations/index.ts';

export interface OpenDatabaseOptions {
  /** Where `VACUUM INTO` backups go before a migration. */
  readonly backupDir: string;
  /** Defaults to every migration of this release; tests pass a prefix to build older schemas. */
  readonly migrations?: readonly Migration[];
  readonly now?: () => Date;
}

/**
 * Opens (or creates) the workbench database: checks it, refuses one from a newer release without
 * writing to it, backs it up, migrates it, and sets the durability pragmas.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): DatabaseSync {
  const migrations = options.migrations ?? allMigrations;
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true, timeout: 5000 });
  try {
    // Read-only checks first: a refused database must be left byte for byte as it was.
    refuseNewerSchema(db, migrations.length);
    checkIntegrity(db);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    // 64 MiB of page cache instead of 2: a search over a million transcript turns reads a few
    // thousand scattered pages (index, statistics, the page's turns), which then stay cached.
    db.exec('PRAGMA cache_size = -65536');
    useSearchFunctions(db);
    migrate(db, migrations, () => backupBeforeMigrating(db, options));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

function refuseNewerSchema(db: DatabaseSync, latest: number): void {
  let version: number;
  try {
    version = schemaVersion(db);
  } catch {
    throw damaged('文件无法读取，可能不是工作台的数据文件');
  }
  if (version > latest) {
    throw new AppError(
      'database_too_new',
      `数据文件由更新版本的工作台创建（数据版本 ${version}，本程序最高支持 ${latest}）。为避免损坏数据，未作任何改动。请升级工作台后再打开。`,
    );
  }
}

function checkIntegrity(db: DatabaseSync): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  } catch {
    throw damaged('文件无法读取，可能不是工作台的数据文件');
  }
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0) throw damaged(problems.slice(0, 3).join(';'));
}

const damaged = (detail: string): AppError =>
  new AppError(
    'database_damaged',
    `数据文件检查未通过（${detail}）。未作任何改动。请从备份恢复（npm run admin -- restore），或联系管理员。`,
  );

function migrate(db: DatabaseSync, migrations: readonly Migration[], backup: () => void): void {
  const current = schemaVersion(db);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (current > 0) backup();
  for (const migration of pending) {
    db.exec('BEGIN IMMEDIATE');
    try {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer from our own code.
      db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

function backupBeforeMigrating(db: DatabaseSync, options: OpenDatabaseOptions): void {
  mkdirSync(options.backupDir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = join(options.backupDir, `before-migration-v${schemaVersion(db)}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
}
