import type { Migration } from '../migration.ts';

/**
 * Installation metadata and the Chinese full-text index. The index is FTS5 over pre-tokenised
 * text: every character and every overlapping pair, encoded as ASCII tokens (see ftsTokens.ts),
 * so 1- and 2-character queries are index lookups.
 */
export const foundationMigration: Migration = {
  version: 1,
  name: 'foundation',
  up: (db) => {
    db.exec(`
      CREATE TABLE installation (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE search_documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5(
        kind, unigrams, bigrams,
        content = '', contentless_delete = 1, tokenize = 'ascii'
      );
    `);
  },
};
