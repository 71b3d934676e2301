import type { DatabaseSync } from 'node:sqlite';
import { cachedStatement } from '../db/cachedStatement.ts';
import {
  assembleDocument,
  assembleText,
  type MaterialLayout,
  type StoredBlock,
} from './materialLayout.ts';

/** A material's stored layout, with the hash of its content in the block form. */
export interface StoredLayout extends MaterialLayout {
  readonly layoutHash: string;
}

interface LayoutRow {
  layout_hash: string;
  envelope: string;
  insert_at: number;
  hashes: Uint8Array;
  prepared: number;
  block_nodes: number;
  block_text_length: number;
  char_count: number;
}

const hashBytes = 32;

/** The blocks' hashes in order, 32 bytes each (as `layoutHash` covers them). */
export const hashBytesOf = (hashes: readonly string[]): Buffer =>
  Buffer.from(hashes.join(''), 'hex');

const hashesOf = (bytes: Uint8Array): string[] => {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  const hashes: string[] = [];
  for (let at = 0; at < hex.length; at += hashBytes * 2) hashes.push(hex.slice(at, at + 64));
  return hashes;
};

export function findLayout(db: DatabaseSync, materialId: string): StoredLayout | null {
  const row = cachedStatement(db, 'SELECT * FROM material_layouts WHERE material_id = ?').get(
    materialId,
  ) as LayoutRow | undefined;
  if (!row) return null;
  return {
    layoutHash: row.layout_hash,
    envelope: row.envelope,
    insertAt: row.insert_at,
    hashes: hashesOf(row.hashes),
    prepared: row.prepared === 1,
    blockNodes: row.block_nodes,
    blockTextLength: row.block_text_length,
    charCount: row.char_count,
  };
}

/**
 * Stores a material's layout (inside the caller's transaction) with `write`, the blocks it names
 * that may not be stored yet (a block stored already only learns its source key), and drops those
 * of `gone`, blocks the previous layout named, that it no longer names. `searchPending`: the
 * search index is brought up to date at the next search (materialSearch.ts), not on every save.
 */
export function writeLayout(
  db: DatabaseSync,
  materialId: string,
  layout: StoredLayout,
  change: { readonly write: readonly StoredBlock[]; readonly gone: readonly string[] },
  searchPending: boolean,
): void {
  const insert = cachedStatement(
    db,
    `INSERT INTO material_blocks (material_id, hash, json, plain, lines, nodes, text_length,
       char_count, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET source_key = coalesce(excluded.source_key, source_key)`,
  );
  for (const block of change.write) {
    insert.run(
      materialId,
      Buffer.from(block.hash, 'hex'),
      block.json,
      block.plain,
      block.lines,
      block.nodes,
      block.textLength,
      block.charCount,
      block.sourceKey === undefined ? null : Buffer.from(block.sourceKey, 'hex'),
    );
  }
  const remove = cachedStatement(
    db,
    'DELETE FROM material_blocks WHERE material_id = ? AND hash = ?',
  );
  // A save while typing names a block or two here: a scan of the list beats building a set.
  const kept = change.gone.length > 8 ? new Set(layout.hashes) : layout.hashes;
  for (const hash of new Set(change.gone)) {
    const stays = kept instanceof Set ? kept.has(hash) : kept.includes(hash);
    if (!stays) remove.run(materialId, Buffer.from(hash, 'hex'));
  }
  cachedStatement(
    db,
    `INSERT OR REPLACE INTO material_layouts (material_id, layout_hash, envelope, insert_at, hashes,
       prepared, block_nodes, block_text_length, char_count, search_pending)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    materialId,
    layout.layoutHash,
    layout.envelope,
    layout.insertAt,
    hashBytesOf(layout.hashes),
    layout.prepared ? 1 : 0,
    layout.blockNodes,
    layout.blockTextLength,
    layout.charCount,
    searchPending ? 1 : 0,
  );
}

/** The stored blocks of a material with these hashes (each once), by hash. */
export function findBlocks(
  db: DatabaseSync,
  materialId: string,
  hashes?: readonly string[],
): Map<string, StoredBlock> {
  const rows = (
    hashes
      ? hashes.map((hash) =>
          cachedStatement(
            db,
            'SELECT * FROM material_blocks WHERE material_id = ? AND hash = ?',
          ).get(materialId, Buffer.from(hash, 'hex')),
        )
      : cachedStatement(db, 'SELECT * FROM material_blocks WHERE material_id = ?').all(materialId)
  ) as (BlockRow | undefined)[];
  const blocks = new Map<string, StoredBlock>();
  for (const row of rows) {
    if (!row) continue;
    const hash = Buffer.from(row.hash).toString('hex');
    blocks.set(hash, {
      hash,
      json: row.json,
      plain: row.plain,
      lines: row.lines,
      nodes: row.nodes,
      textLength: row.text_length,
      charCount: row.char_count,
    });
  }
  return blocks;
}

/**
 * The material's stored blocks an editor sent, by `sourceKeyOf` what it sent (their JSON and text
 * left out: a save that recognises a block needs only its hash and sizes).
 */
export function blocksBySource(db: DatabaseSync, materialId: string): Map<string, StoredBlock> {
  const rows = cachedStatement(
    db,
    `SELECT source_key, hash, lines, nodes, text_length, char_count FROM material_blocks
     WHERE material_id = ? AND source_key IS NOT NULL`,
  ).all(materialId) as unknown as (Omit<BlockRow, 'json' | 'plain'> & { source_key: Uint8Array })[];
  const blocks = new Map<string, StoredBlock>();
  for (const row of rows) {
    const sourceKey = Buffer.from(row.source_key).toString('hex');
    blocks.set(sourceKey, {
      hash: Buffer.from(row.hash).toString('hex'),
      json: '',
      plain: '',
      lines: row.lines,
      nodes: row.nodes,
      textLength: row.text_length,
      charCount: row.char_count,
      sourceKey,
    });
  }
  return blocks;
}

interface BlockRow {
  hash: Uint8Array;
  json: string;
  plain: string;
  lines: number;
  nodes: number;
  text_length: number;
  char_count: number;
}

function blocksInOrder(db: DatabaseSync, materialId: string, layout: MaterialLayout) {
  const blocks = findBlocks(db, materialId);
  return layout.hashes.map((hash) => {
    const block = blocks.get(hash);
    if (!block) throw new Error(`material ${materialId}: block ${hash} is missing`);
    return block;
  });
}

/** The canonical JSON of a material's current content. */
export function storedDocument(db: DatabaseSync, materialId: string, layout: MaterialLayout) {
  return assembleDocument(
    layout,
    blocksInOrder(db, materialId, layout).map((block) => block.json),
  );
}

/** The plain text of a prepared material's current content. */
export const storedText = (db: DatabaseSync, materialId: string, layout: MaterialLayout) =>
  assembleText(blocksInOrder(db, materialId, layout));

/** Materials whose search text waits for the next search. */
export function searchPendingMaterials(db: DatabaseSync): string[] {
  const rows = db
    .prepare('SELECT material_id FROM material_layouts WHERE search_pending = 1')
    .all() as { material_id: string }[];
  return rows.map((row) => row.material_id);
}

export function markSearchIndexed(db: DatabaseSync, materialId: string): void {
  db.prepare('UPDATE material_layouts SET search_pending = 0 WHERE material_id = ?').run(
    materialId,
  );
}
