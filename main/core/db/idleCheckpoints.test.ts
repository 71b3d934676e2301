import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../testing/tempFolder.ts';
import { backstopPages, idleCheckpoints } from './idleCheckpoints.ts';

const folder = tempFolder('workbench-checkpoints-');
afterAll(() => folder.remove());

function walDatabase(): DatabaseSync {
  const db = new DatabaseSync(join(folder.path, `db-${Math.random()}.sqlite`));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('CREATE TABLE turn (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

/** WAL frames not yet copied into the database file (a no-op checkpoint only reports them). */
function framesLeft(db: DatabaseSync): number {
  const probe = new DatabaseSync(db.prepare('PRAGMA database_list').get()?.['file'] as string);
  try {
    const row = probe.prepare('PRAGMA wal_checkpoint(NOOP)').get();
    return Number(row?.['log'] ?? 0) - Number(row?.['checkpointed'] ?? 0);
  } catch {
    return Number.NaN;
  } finally {
    probe.close();
  }
}

const write = (db: DatabaseSync, count: number): void => {
  const insert = db.prepare('INSERT INTO turn (text) VALUES (?)');
  for (let index = 0; index < count; index++) insert.run(`第${index}条发言`.repeat(40));
};

describe('checkpoints in quiet time', () => {
  it('leave SQLite’s own checkpoint only as a backstop far above its 1,000 pages', () => {
    const db = walDatabase();
    const checkpoints = idleCheckpoints(db);
    const row = db.prepare('PRAGMA wal_autocheckpoint').get();
    expect(row?.['wal_autocheckpoint']).toBe(backstopPages);
    checkpoints.stop();
    db.close();
  });

  it('copy the log into the database once no call has run for the quiet time', async () => {
    const db = walDatabase();
    const checkpoints = idleCheckpoints(db, { quietMs: 20 });
    await checkpoints.track(async () => write(db, 50));
    expect(framesLeft(db)).toBeGreaterThan(0);
    await vi.waitFor(() => expect(framesLeft(db)).toBe(0), { timeout: 5000, interval: 10 });
    checkpoints.stop();
    db.close();
  });

  it('wait while a call is still running', async () => {
    const db = walDatabase();
    const checkpoints = idleCheckpoints(db, { quietMs: 20 });
    await checkpoints.track(async () => write(db, 20));
    let finish = (): void => undefined;
    const running = checkpoints.track(
      () =>
        new Promise<void>((resolve) => {
          write(db, 20);
          finish = resolve;
        }),
    );
    // Well past the quiet time, the running call holds the checkpoint off.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(framesLeft(db)).toBeGreaterThan(0);
    finish();
    await running;
    await vi.waitFor(() => expect(framesLeft(db)).toBe(0), { timeout: 5000, interval: 10 });
    checkpoints.stop();
    db.close();
  });
});
