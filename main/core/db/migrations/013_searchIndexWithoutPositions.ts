import type { Migration } from '../migration.ts';
import { tokensForIndex } from '../../search/ftsTokens.ts';

/**
 * The full-text index without positions (detail=none), every record's tokens in one column with
 * its kind and how often each repeats, and each record's kind and length in a narrow table
 * beside it, so ranking reads numbers, not texts: the index went from 3.4 × to under 1 × the text. Queries of 3 or more
 * characters ask for their pairs and check the records found (see ftsTokens.ts). The index is
 * rebuilt from search_documents (records still pending are left to the next search).
 */
export const searchIndexWithoutPositionsMigration: Migration = {
  version: 13,
  name: 'search index without positions',
  up: (db) => {
    db.exec(`
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(
        tokens, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
      );
      CREATE TABLE search_statistics (
        id INTEGER PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        length INTEGER NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO search_index (rowid, tokens) VALUES (?, ?)');
    const statistics = db.prepare(
      'INSERT INTO search_statistics (id, kind, length) VALUES (?, ?, ?)',
    );
    // Records still pending are tokenised by the next search, as before.
    const documents = db.prepare(
      'SELECT id, kind, title, body FROM search_documents WHERE tokens_pending = 0 ORDER BY id',
    );
    for (const row of documents.iterate() as Iterable<{
      id: number;
      kind: string;
      title: string;
      body: string;
    }>) {
      const indexed = tokensForIndex(row.kind, `${row.title}\n${row.body}`);
      insert.run(row.id, indexed.tokens);
      statistics.run(row.id, row.kind, indexed.length);
    }
    db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
  },
};
