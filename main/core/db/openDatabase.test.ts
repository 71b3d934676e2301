import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../appError.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { openDatabase, schemaVersion } from './openDatabase.ts';
import { latestSchemaVersion, migrations } from './migrations/index.ts';

const folders: { remove: () => void }[] = [];
function newFolder(): string {
  const folder = tempFolder();
  folders.push(folder);
  return folder.path;
}
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

const pragma = (db: DatabaseSync, name: string): unknown =>
  Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];

describe('openDatabase', () => {
  it('creates a database at the latest schema with the durability pragmas', () => {
    const dir = newFolder();
    const db = openDatabase(join(dir, 'w.sqlite'), { backupDir: join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'synchronous')).toBe(2); // FULL
    expect(pragma(db, 'foreign_keys')).toBe(1);
    expect(Number(pragma(db, 'busy_timeout'))).toBeGreaterThan(0);
    db.close();
    // A new database has nothing to lose: no backup is made.
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  // One case per migration: a database left at the version before it opens and migrates.
  for (const migration of migrations) {
    it(`migrates a database at version ${migration.version - 1} through ${migration.version} (${migration.name})`, () => {
      const dir = newFolder();
      const file = join(dir, 'w.sqlite');
      const backupDir = join(dir, 'backups');
      const older = openDatabase(file, {
        backupDir,
        migrations: migrations.slice(0, migration.version - 1),
      });
      expect(schemaVersion(older)).toBe(migration.version - 1);
      older.exec('CREATE TABLE IF NOT EXISTS probe (value TEXT)');
      older.prepare('INSERT INTO probe VALUES (?)').run('kept');
      older.close();

      const db = openDatabase(file, { backupDir });
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      expect(db.prepare('SELECT value FROM probe').get()).toEqual({ value: 'kept' });
      db.close();

      if (migration.version > 1) {
        const backups = readdirSync(backupDir);
        expect(backups).toHaveLength(1);
        const backup = new DatabaseSync(join(backupDir, backups[0] ?? ''), { readOnly: true });
        expect(schemaVersion(backup)).toBe(migration.version - 1);
        expect(backup.prepare('SELECT value FROM probe').get()).toEqual({ value: 'kept' });
        backup.close();
      }
    });
  }

  it('refuses a database from a newer release and leaves it byte for byte as it was', () => {
    const dir = newFolder();
    const file = join(dir, 'w.sqlite');
    const db = openDatabase(file, { backupDir: join(dir, 'backups') });
    db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`);
    db.exec('PRAGMA journal_mode = DELETE');
    db.close();
    const before = readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(file, { backupDir: join(dir, 'backups') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database_too_new');
    expect((caught as AppError).message).toContain('请升级工作台');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a file that is not a database with a clear message', () => {
    const dir = newFolder();
    const file = join(dir, 'w.sqlite');
    writeFileSync(file, 'this is not a database, just some words '.repeat(200));
    expect(() => openDatabase(file, { backupDir: join(dir, 'backups') })).toThrow(/数据文件/);
  });

  it('rolls a failing migration back and keeps the earlier version', () => {
    const dir = newFolder();
    const file = join(dir, 'w.sqlite');
    const failing = {
      version: latestSchemaVersion + 1,
      name: 'failing',
      up: (db: DatabaseSync) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    openDatabase(file, { backupDir: join(dir, 'b') }).close();
    expect(() =>
      openDatabase(file, { backupDir: join(dir, 'b'), migrations: [...migrations, failing] }),
    ).toThrow('boom');
    const db = openDatabase(file, { backupDir: join(dir, 'b') });
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(databaseSnapshot(db)).not.toContain('half_done');
    db.close();
  });
});
