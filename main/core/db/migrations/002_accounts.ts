import type { Migration } from '../migration.ts';

/** Units, users and their roles, settings, and the append-only, hash-chained audit log. */
export const accountsMigration: Migration = {
  version: 2,
  name: 'accounts',
  up: (db) => {
    db.exec(`
      CREATE TABLE units (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX units_active_name ON units (name) WHERE retired_at IS NULL;

      CREATE TABLE users (
        id TEXT PRIMARY KEY NOT NULL,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name TEXT NOT NULL,
        unit_id TEXT REFERENCES units (id),
        password_hash TEXT NOT NULL,
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        last_failed_at TEXT,
        disabled_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE user_roles (
        user_id TEXT NOT NULL REFERENCES users (id),
        role TEXT NOT NULL,
        PRIMARY KEY (user_id, role)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT,
        action TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id, seq);

      CREATE TRIGGER audit_log_refuse_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audit_log_refuse_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
    `);
  },
};
