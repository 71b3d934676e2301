import type { DatabaseSync } from 'node:sqlite';
import type { QuietTask } from './quietTime.ts';

/**
 * WAL pages (4 KiB) at which SQLite still checkpoints in the committing call: the backstop that
 * bounds the log (about 40 MB) under unbroken writing.
 */
export const backstopPages = 10_000;

/**
 * Copies the write-ahead log into the database file in quiet time, not in the call whose commit
 * crosses SQLite's default of 1,000 pages. A transcript turn writes about 22 pages, so one
 * acknowledged turn in 45 waited for a checkpoint (the copy and two more fsyncs) on top of its
 * own commit. Durability does not change: with synchronous=FULL a commit is on disk once its WAL
 * frames are synced; the checkpoint only moves them on, and SQLite recovers the log after a crash
 * either way.
 */
export function walCheckpoint(db: DatabaseSync): QuietTask {
  db.exec(`PRAGMA wal_autocheckpoint = ${backstopPages}`);
  return {
    step() {
      db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      return false;
    },
  };
}
