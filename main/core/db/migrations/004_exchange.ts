import type { Migration } from '../migration.ts';

/**
 * Signed exchange between installations: this installation's Ed25519 key pair, the registered
 * peers (revoked, never deleted), the append-only log of every record sent and received, and the
 * quarantine of records that contradict one already held.
 *
 * Records travel in streams, one per (origin, recipient): `seq` counts within a stream, so the
 * news office can send each department only what concerns it and every stream stays gapless.
 */
export const exchangeMigration: Migration = {
  version: 4,
  name: 'exchange',
  up: (db) => {
    db.exec(`
      CREATE TABLE exchange_identity (
        singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exchange_peers (
        id INTEGER PRIMARY KEY,
        installation_id TEXT NOT NULL,
        name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        unit_id TEXT REFERENCES units (id),
        registered_at TEXT NOT NULL,
        registered_by TEXT,
        revoked_at TEXT,
        revoked_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX exchange_peers_active ON exchange_peers (installation_id)
        WHERE revoked_at IS NULL;
      CREATE INDEX exchange_peers_installation ON exchange_peers (installation_id, id);

      CREATE TABLE exchange_records (
        position INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        recipient TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        prev TEXT NOT NULL,
        kind TEXT NOT NULL,
        refs TEXT NOT NULL,
        payload TEXT NOT NULL,
        attachments TEXT NOT NULL,
        signature TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        recorded_at TEXT NOT NULL,
        package_id TEXT,
        UNIQUE (origin, recipient, seq)
      ) STRICT;

      CREATE TRIGGER exchange_records_refuse_update BEFORE UPDATE ON exchange_records
      BEGIN SELECT RAISE(ABORT, 'exchange_records is append-only: rows cannot be changed'); END;
      CREATE TRIGGER exchange_records_refuse_delete BEFORE DELETE ON exchange_records
      BEGIN SELECT RAISE(ABORT, 'exchange_records is append-only: rows cannot be deleted'); END;

      CREATE TABLE exchange_quarantine (
        position INTEGER PRIMARY KEY,
        record_id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        recipient TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        held_record_id TEXT NOT NULL,
        record TEXT NOT NULL,
        package_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        quarantined_at TEXT NOT NULL,
        quarantined_by TEXT
      ) STRICT;
    `);
  },
};
