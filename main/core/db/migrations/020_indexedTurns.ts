import type { Migration } from '../migration.ts';

/**
 * Where each turn the search index holds sits: its event, its place in the transcript and when it
 * was spoken, keyed by the turn's search record. With the record's speaker label and text, a page
 * of search results reads these two rows and its events, instead of looking the turn and its
 * speaker up by their UUIDs (random pages of two more tables for every hit; issue 18). A turn's
 * event, place and time never change; its text and speaker stay in the search record.
 */
export const indexedTurnsMigration: Migration = {
  version: 20,
  name: 'indexed turns',
  up: (db) => {
    db.exec(`
      CREATE TABLE indexed_turns (
        document_id INTEGER PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
        request_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        spoken_at TEXT NOT NULL
      ) STRICT;

      INSERT INTO indexed_turns (document_id, request_id, seq, spoken_at)
        SELECT d.id, t.request_id, t.seq, t.spoken_at
        FROM search_documents AS d JOIN transcript_turns AS t ON t.id = d.ref_id
        WHERE d.kind = 'transcriptTurn';
    `);
  },
};
