import type { Migration } from '../migration.ts';

/**
 * Briefing materials, their versions, clearance sign-offs, wording lists and the 口径库.
 * A material's `document` is its current saved JSON (shared/lexical/materialDocument.ts) and
 * `content_hash` the SHA-256 of it; versions are immutable copies (triggers refuse changes).
 */
export const materialsMigration: Migration = {
  version: 5,
  name: 'materials',
  up: (db) => {
    db.exec(`
      CREATE TABLE materials (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES requests (id),
        kind TEXT NOT NULL,
        document TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (request_id, kind)
      ) STRICT;

      CREATE TABLE material_editors (
        material_id TEXT NOT NULL REFERENCES materials (id),
        user_id TEXT NOT NULL,
        PRIMARY KEY (material_id, user_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE material_versions (
        id TEXT PRIMARY KEY NOT NULL,
        material_id TEXT NOT NULL REFERENCES materials (id),
        number INTEGER NOT NULL,
        reason TEXT NOT NULL,
        note TEXT NOT NULL,
        document TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (material_id, number)
      ) STRICT;
      CREATE TRIGGER material_versions_refuse_update BEFORE UPDATE ON material_versions
      BEGIN SELECT RAISE(ABORT, 'material versions are immutable'); END;
      CREATE TRIGGER material_versions_refuse_delete BEFORE DELETE ON material_versions
      BEGIN SELECT RAISE(ABORT, 'material versions are immutable'); END;

      CREATE TABLE material_signoffs (
        id TEXT PRIMARY KEY NOT NULL,
        material_id TEXT NOT NULL REFERENCES materials (id),
        item_id TEXT NOT NULL,
        item_label TEXT NOT NULL,
        version_number INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        note TEXT NOT NULL,
        signed_by TEXT NOT NULL,
        signed_by_name TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        voided_at TEXT,
        voided_reason TEXT
      ) STRICT;
      CREATE INDEX material_signoffs_material ON material_signoffs (material_id, signed_at);

      CREATE TABLE material_signoff_evidence (
        signoff_id TEXT NOT NULL REFERENCES material_signoffs (id),
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        file_name TEXT NOT NULL,
        PRIMARY KEY (signoff_id, sha256, file_name)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE material_templates (
        kind TEXT PRIMARY KEY NOT NULL,
        document TEXT NOT NULL,
        updated_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE wording_entries (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('forbidden', 'sensitive', 'preferred')),
        word TEXT NOT NULL,
        suggestion TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kind, word)
      ) STRICT;

      CREATE TABLE library_answers (
        id TEXT PRIMARY KEY NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        may_say TEXT NOT NULL,
        may_not_say TEXT NOT NULL,
        owner_unit_id TEXT NOT NULL REFERENCES units (id),
        source TEXT NOT NULL,
        valid_until TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
        revision INTEGER NOT NULL,
        updated_by_name TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX library_answers_updated ON library_answers (updated_at);
    `);
  },
};
