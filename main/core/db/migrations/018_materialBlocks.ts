import type { Migration } from '../migration.ts';
import { splitStoredMaterials } from './018_materialBlocksSplit.ts';

/**
 * Materials stored as blocks (issue 18): each top-level block of a material once, under the
 * SHA-256 of its canonical JSON, and the material's layout (the document without the root's
 * children, and the blocks' hashes in order), so that an autosave checks, hashes and writes only
 * the blocks that changed; `source_key` recognises a block an editor sends again in a save of the
 * whole document (materialLayout.ts, sourceKeyOf). `materials.document` goes: the document is assembled from these.
 * `materials.content_hash` stays as it was (approvals, sign-offs and exchanged records name it);
 * `layout_hash` is the hash of the content in block form, which a save compares against.
 */
export const materialBlocksMigration: Migration = {
  version: 18,
  name: 'material blocks',
  up: (db) => {
    db.exec(`
      CREATE TABLE material_blocks (
        material_id TEXT NOT NULL REFERENCES materials (id),
        hash BLOB NOT NULL,
        json TEXT NOT NULL,
        plain TEXT NOT NULL,
        lines INTEGER NOT NULL,
        nodes INTEGER NOT NULL,
        text_length INTEGER NOT NULL,
        char_count INTEGER NOT NULL,
        source_key BLOB,
        PRIMARY KEY (material_id, hash)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX material_blocks_source ON material_blocks (material_id, source_key)
        WHERE source_key IS NOT NULL;

      CREATE TABLE material_layouts (
        material_id TEXT PRIMARY KEY NOT NULL REFERENCES materials (id),
        layout_hash TEXT NOT NULL,
        envelope TEXT NOT NULL,
        insert_at INTEGER NOT NULL,
        hashes BLOB NOT NULL,
        prepared INTEGER NOT NULL,
        block_nodes INTEGER NOT NULL,
        block_text_length INTEGER NOT NULL,
        char_count INTEGER NOT NULL,
        search_pending INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX material_layouts_search_pending ON material_layouts (material_id)
        WHERE search_pending = 1;
    `);
    splitStoredMaterials(db);
    db.exec('ALTER TABLE materials DROP COLUMN document');
  },
};
