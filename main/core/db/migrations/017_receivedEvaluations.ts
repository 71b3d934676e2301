import type { Migration } from '../migration.ts';

/**
 * 发布评估 received from the news office (issue 19): the department keeps the news office's review
 * of one of its events as it arrived — the findings with their marks, as JSON — read-only. A later
 * record from the same installation replaces the earlier one; the exchange log keeps them all.
 */
export const receivedEvaluationsMigration: Migration = {
  version: 17,
  name: 'received evaluations',
  up: (db) => {
    db.exec(`
      CREATE TABLE evaluation_received (
        request_id TEXT PRIMARY KEY NOT NULL REFERENCES requests (id),
        origin TEXT NOT NULL,
        origin_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        record_seq INTEGER NOT NULL,
        sent_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        review TEXT NOT NULL
      ) STRICT;
    `);
  },
};
