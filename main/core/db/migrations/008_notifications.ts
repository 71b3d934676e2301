import type { Migration } from '../migration.ts';

/** In-app notifications: what concerns a user (a decision, an item waiting, a deadline), read or not. */
export const notificationsMigration: Migration = {
  version: 8,
  name: 'notifications',
  up: (db) => {
    db.exec(`
      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        kind TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        text TEXT NOT NULL,
        dedupe_key TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT
      ) STRICT;
      CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
      CREATE UNIQUE INDEX notifications_dedupe ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
    `);
  },
};
