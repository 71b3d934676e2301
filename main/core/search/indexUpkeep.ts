import type { DatabaseSync } from 'node:sqlite';
import type { QuietTask } from '../db/quietTime.ts';
import { indexSomePendingDocuments } from './searchRepository.ts';

/** Records tokenised per step: a few milliseconds for transcript turns. */
const recordsPerStep = 100;

/**
 * Tokenises records stored with their tokens deferred (transcript turns, as they are committed)
 * in quiet time, so a search seldom has any left to do. Materials, which wait for a search to
 * gather their text, are left to it (gathering a long one takes more than a step).
 */
export function pendingTokens(db: DatabaseSync): QuietTask {
  return { step: () => indexSomePendingDocuments(db, recordsPerStep) };
}

/** Index pages written per step: a few milliseconds and one commit. */
const pagesPerStep = 16;

/**
 * Merges the search index's segments in quiet time. Every commit that indexes a record adds a
 * segment, and FTS5 merges them only four at a time per level, so an index written one turn at a
 * time keeps about a dozen; a query looks its tokens up in each (over 1,000,000 turns, 16
 * segments took 0.25 ms per lookup, one took 0.06 ms). With `usermerge` 2 (migration 019) a
 * merge step joins any two segments of a level, so quiet time leaves one segment per level.
 * FTS5's `merge` writes about `pagesPerStep` pages and changes fewer than two rows once there is
 * nothing left to merge (its documented test for that); until something is written again, later
 * quiet times skip it.
 */
export function searchIndexMerging(db: DatabaseSync): QuietTask {
  const changes = db.prepare('SELECT total_changes() AS count');
  const merge = db.prepare(
    `INSERT INTO search_index (search_index, rank) VALUES ('merge', ${pagesPerStep})`,
  );
  const changesNow = () => Number(changes.get()?.['count'] ?? 0);
  let mergedAt = -1;
  return {
    step() {
      const before = changesNow();
      if (before === mergedAt) return false;
      merge.run();
      const after = changesNow();
      if (after - before >= 2) return true;
      mergedAt = after;
      return false;
    },
  };
}
