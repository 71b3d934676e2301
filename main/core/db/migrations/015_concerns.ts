import type { Migration } from '../migration.ts';

/**
 * 舆情 register (issue 21): an item of public concern, the units it concerns, its screenshots and
 * its 研判 steps (assignment, the unit's proposal, 会商), and the emergency request opened from it.
 * Closed when that request's release is exported, with the time taken from first sight.
 */
export const concernsMigration: Migration = {
  version: 15,
  name: 'concerns',
  up: (db) => {
    db.exec(`
      CREATE TABLE concerns (
        id TEXT PRIMARY KEY NOT NULL,
        source TEXT NOT NULL
          CHECK (source IN ('internet', 'media', 'hotline', 'petition', 'superior', 'other')),
        first_seen_at TEXT NOT NULL,
        summary TEXT NOT NULL,
        links TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('general', 'serious', 'major', 'critical')),
        clock_marked INTEGER NOT NULL DEFAULT 0 CHECK (clock_marked IN (0, 1)),
        registered_by TEXT NOT NULL REFERENCES users (id),
        registered_by_name TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        assigned_unit_id TEXT REFERENCES units (id),
        assigned_deadline TEXT,
        request_id TEXT REFERENCES requests (id),
        closed_at TEXT,
        response_ms INTEGER
      ) STRICT;
      CREATE INDEX concerns_open ON concerns (closed_at, first_seen_at);
      CREATE INDEX concerns_request ON concerns (request_id) WHERE request_id IS NOT NULL;

      CREATE TABLE concern_units (
        concern_id TEXT NOT NULL REFERENCES concerns (id),
        unit_id TEXT NOT NULL REFERENCES units (id),
        PRIMARY KEY (concern_id, unit_id)
      ) STRICT;
      CREATE INDEX concern_units_unit ON concern_units (unit_id);

      CREATE TABLE concern_attachments (
        concern_id TEXT NOT NULL REFERENCES concerns (id),
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        file_name TEXT NOT NULL,
        added_by TEXT NOT NULL REFERENCES users (id),
        added_at TEXT NOT NULL,
        PRIMARY KEY (concern_id, sha256, file_name)
      ) STRICT;

      CREATE TABLE concern_steps (
        id INTEGER PRIMARY KEY,
        concern_id TEXT NOT NULL REFERENCES concerns (id),
        kind TEXT NOT NULL
          CHECK (kind IN ('register', 'assign', 'propose', 'consult', 'clock', 'emergency', 'close')),
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        at TEXT NOT NULL,
        details TEXT NOT NULL
      ) STRICT;
      CREATE INDEX concern_steps_concern ON concern_steps (concern_id, id);
    `);
  },
};
