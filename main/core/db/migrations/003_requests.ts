import type { Migration } from '../migration.ts';

/**
 * Approval requests (报批) and their decisions, content-addressed attachments, and the working-day
 * calendar (holidays and adjusted workdays).
 */
export const requestsMigration: Migration = {
  version: 3,
  name: 'requests',
  up: (db) => {
    db.exec(`
      CREATE TABLE requests (
        id TEXT PRIMARY KEY NOT NULL,
        origin TEXT NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        title TEXT NOT NULL,
        form TEXT NOT NULL,
        starts_at TEXT,
        ends_at TEXT,
        venue TEXT NOT NULL,
        content TEXT NOT NULL,
        is_emergency INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL,
        drafted_by TEXT NOT NULL,
        drafted_by_name TEXT NOT NULL,
        submitted_by TEXT,
        submitted_at TEXT,
        approved_hash TEXT,
        approved_at TEXT,
        fast_tracked INTEGER NOT NULL DEFAULT 0,
        ratified_at TEXT,
        voided_reason TEXT,
        round INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX requests_state ON requests (state, updated_at);
      CREATE INDEX requests_unit ON requests (unit_id, starts_at);
      CREATE INDEX requests_starts ON requests (starts_at);
      CREATE INDEX requests_drafter ON requests (drafted_by, updated_at);

      CREATE TABLE request_decisions (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES requests (id),
        round INTEGER NOT NULL,
        level TEXT NOT NULL,
        kind TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        decided_by_name TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        comment TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        voided_at TEXT
      ) STRICT;
      CREATE INDEX request_decisions_request ON request_decisions (request_id, decided_at);
      CREATE INDEX request_decisions_decider ON request_decisions (decided_by, decided_at);

      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE request_attachments (
        request_id TEXT NOT NULL REFERENCES requests (id),
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        file_name TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (request_id, sha256, file_name)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE calendar_days (
        date TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
