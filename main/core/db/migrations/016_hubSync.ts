import type { Migration } from '../migration.ts';

/**
 * Sync through the county exchange hub (交换中心, issue 20): this installation's X25519 seal key
 * (parcels to it are sealed to its public half), the hub's address and the sync state, the inbox
 * cursor (the last hub position imported), and per peer how far its stream has been pushed to the
 * hub and how many records arrived from it through the hub.
 */
export const hubSyncMigration: Migration = {
  version: 16,
  name: 'hubSync',
  up: (db) => {
    db.exec(`
      CREATE TABLE hub_seal_key (
        singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE hub_state (
        singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
        address TEXT,
        inbox_cursor INTEGER NOT NULL DEFAULT 0 CHECK (inbox_cursor >= 0),
        connected INTEGER NOT NULL DEFAULT 0 CHECK (connected IN (0, 1)),
        offline_since TEXT,
        last_sync_at TEXT,
        last_error TEXT
      ) STRICT;
      INSERT INTO hub_state (singleton) VALUES (1);

      CREATE TABLE hub_peer_progress (
        installation_id TEXT PRIMARY KEY NOT NULL,
        pushed_seq INTEGER NOT NULL DEFAULT 0 CHECK (pushed_seq >= 0),
        pushed_at TEXT,
        received_records INTEGER NOT NULL DEFAULT 0,
        received_at TEXT,
        last_error TEXT
      ) STRICT;
    `);
  },
};
