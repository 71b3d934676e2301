import type { Migration } from '../migration.ts';

/**
 * What anchors the audit chain outside the database. `audit_key_segments`: from which row on the
 * chain is keyed (HMAC-SHA256) and with which key (by its id; the key itself is never stored
 * here). `peer_audit_checkpoints`: the signed checkpoints of other installations' chains that
 * arrived in their packages, kept as witnesses. Both are append-only, like `audit_log`.
 */
export const auditAnchorsMigration: Migration = {
  version: 11,
  name: 'audit anchors',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_key_segments (
        first_seq INTEGER PRIMARY KEY NOT NULL,
        key_id TEXT NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_key_segments_refuse_update BEFORE UPDATE ON audit_key_segments
      BEGIN SELECT RAISE(ABORT, 'audit_key_segments is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audit_key_segments_refuse_delete BEFORE DELETE ON audit_key_segments
      BEGIN SELECT RAISE(ABORT, 'audit_key_segments is append-only: rows cannot be deleted'); END;

      CREATE TABLE peer_audit_checkpoints (
        installation_id TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        head_hash TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        body TEXT NOT NULL,
        package_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (installation_id, row_count, head_hash)
      ) STRICT;
      CREATE TRIGGER peer_audit_checkpoints_refuse_update BEFORE UPDATE ON peer_audit_checkpoints
      BEGIN SELECT RAISE(ABORT, 'peer_audit_checkpoints is append-only: rows cannot be changed'); END;
      CREATE TRIGGER peer_audit_checkpoints_refuse_delete BEFORE DELETE ON peer_audit_checkpoints
      BEGIN SELECT RAISE(ABORT, 'peer_audit_checkpoints is append-only: rows cannot be deleted'); END;
    `);
  },
};
