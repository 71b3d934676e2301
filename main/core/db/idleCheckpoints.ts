import type { DatabaseSync } from 'node:sqlite';

/**
 * WAL pages (4 KiB) at which SQLite still checkpoints in the committing call: the backstop that
 * bounds the log (about 40 MB) under unbroken writing.
 */
export const backstopPages = 10_000;
/** Quiet time after the last call before the log is checkpointed. */
export const quietMs = 200;

export interface IdleCheckpoints {
  /** Around every call: no checkpoint runs while one is in progress. */
  track<T>(call: () => Promise<T>): Promise<T>;
  stop(): void;
}

/**
 * Copies the write-ahead log into the database file once the core has been quiet for `quietMs`,
 * not in the call whose commit crosses SQLite's default of 1,000 pages. A transcript turn writes
 * about 22 pages, so one acknowledged turn in 45 waited for a checkpoint (the copy and two more
 * fsyncs) on top of its own commit. Durability does not change: with synchronous=FULL a commit is
 * on disk once its WAL frames are synced; the checkpoint only moves them on, and SQLite recovers
 * the log after a crash either way.
 */
export function idleCheckpoints(db: DatabaseSync, options = { quietMs }): IdleCheckpoints {
  db.exec(`PRAGMA wal_autocheckpoint = ${backstopPages}`);
  let running = 0;
  let lastCallEnded = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const arm = (delay: number): void => {
    timer = setTimeout(fire, delay);
    timer.unref();
  };
  function fire(): void {
    timer = undefined;
    if (running > 0) return;
    const quiet = performance.now() - lastCallEnded;
    if (quiet < options.quietMs) return arm(options.quietMs - quiet);
    try {
      db.exec('PRAGMA wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or closed: the next quiet time, or SQLite's backstop, checkpoints instead.
    }
  }

  return {
    async track(call) {
      running++;
      try {
        return await call();
      } finally {
        running--;
        lastCallEnded = performance.now();
        if (timer === undefined && !stopped) arm(options.quietMs);
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
