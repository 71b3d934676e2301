import type { Migration } from '../migration.ts';

/**
 * 发布评估 marks: the news office's 已核实 / 无问题 on each finding of an event's review, keyed by
 * the finding's stable key (the findings themselves are recomputed from the transcript and
 * materials, never stored). One row per finding; a new mark replaces the last, the audit log keeps
 * every one.
 */
export const evaluationMarksMigration: Migration = {
  version: 14,
  name: 'evaluation marks',
  up: (db) => {
    db.exec(`
      CREATE TABLE evaluation_marks (
        request_id TEXT NOT NULL REFERENCES requests (id),
        finding_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('verified', 'noIssue')),
        note TEXT NOT NULL,
        marked_by TEXT NOT NULL REFERENCES users (id),
        marked_by_name TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (request_id, finding_key)
      ) STRICT;
    `);
  },
};
