import type { Migration } from '../migration.ts';

/**
 * The search index is merged in quiet time (search/indexMerging.ts): FTS5's `usermerge` 2 lets a
 * merge step join any two segments of a level, where its default of 4 left up to three per level.
 */
export const searchIndexMergingMigration: Migration = {
  version: 19,
  name: 'search index merged in quiet time',
  up: (db) => {
    db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('usermerge', 2)`);
  },
};
