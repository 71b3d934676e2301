import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../testing/tempFolder.ts';
import { quietTime, type QuietTask } from './quietTime.ts';
import { backstopPages, walCheckpoint } from './walCheckpoint.ts';

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

describe('log checkpoints in quiet time', () => {
  it('leave SQLite’s own checkpoint only as a backstop far above its 1,000 pages', () => {
    const db = walDatabase();
    const checkpoints = quietTime([walCheckpoint(db)]);
    const row = db.prepare('PRAGMA wal_autocheckpoint').get();
    expect(row?.['wal_autocheckpoint']).toBe(backstopPages);
    checkpoints.stop();
    db.close();
  });

  it('copy the log into the database once no call has run for the quiet time', async () => {
    const db = walDatabase();
    const checkpoints = quietTime([walCheckpoint(db)], { quietMs: 20 });
    await checkpoints.track(async () => write(db, 50));
    expect(framesLeft(db)).toBeGreaterThan(0);
    await vi.waitFor(() => expect(framesLeft(db)).toBe(0), { timeout: 5000, interval: 10 });
    checkpoints.stop();
    db.close();
  });

  it('wait while a call is still running', async () => {
    const db = walDatabase();
    const checkpoints = quietTime([walCheckpoint(db)], { quietMs: 20 });
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

describe('quiet time', () => {
  /** A task of `steps` steps that records when each ran. */
  function countedTask(steps: number): QuietTask & { readonly ran: number[] } {
    const ran: number[] = [];
    return {
      ran,
      step() {
        ran.push(performance.now());
        return ran.length < steps;
      },
    };
  }

  it('runs every task to its end, in order, and then says it has settled', async () => {
    const first = countedTask(5);
    const second = countedTask(1);
    const upkeep = quietTime([first, second], { quietMs: 10 });
    await upkeep.whenSettled();
    expect(first.ran).toHaveLength(5);
    expect(second.ran).toHaveLength(1);
    expect(second.ran[0]).toBeGreaterThanOrEqual(first.ran.at(-1) ?? Infinity);
    upkeep.stop();
  });

  it('takes no step while a call runs, and starts again once quiet', async () => {
    const task = countedTask(1_000);
    const upkeep = quietTime([task], { quietMs: 10 });
    let finish = (): void => undefined;
    let callStartedAt = 0;
    const call = upkeep.track(
      () =>
        new Promise<void>((resolve) => {
          callStartedAt = performance.now();
          finish = resolve;
        }),
    );
    const settled = upkeep.whenSettled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(task.ran).toHaveLength(0);
    const callEndedAt = performance.now();
    finish();
    await call;
    await settled;
    expect(task.ran).toHaveLength(1_000);
    expect(task.ran[0]).toBeGreaterThan(callEndedAt);
    expect(callStartedAt).toBeGreaterThan(0);
    upkeep.stop();
  });

  it('ends a pass when a call starts between two steps', async () => {
    const task = countedTask(Number.POSITIVE_INFINITY);
    const upkeep = quietTime([task], { quietMs: 10 });
    void upkeep.whenSettled();
    await vi.waitFor(() => expect(task.ran.length).toBeGreaterThan(10), { interval: 1 });
    let stepsDuringCall = 0;
    await upkeep.track(async () => {
      const before = task.ran.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
      stepsDuringCall = task.ran.length - before;
    });
    expect(stepsDuringCall).toBe(0);
    upkeep.stop();
  });
});
