import type { DatabaseSync } from 'node:sqlite';
import type { MaterialKind } from '../../../shared/domain/materials.ts';
import { findLayout, storedDocument, writeLayout } from './materialBlockRepository.ts';
import { storableText, type StorableContent } from './materialContent.ts';

/**
 * A material as stored: its current content (canonical JSON, assembled from its blocks: see
 * materialLayout.ts) and who made it.
 */
export interface MaterialRecord {
  readonly id: string;
  readonly requestId: string;
  readonly kind: MaterialKind;
  readonly document: string;
  readonly contentHash: string;
  readonly charCount: number;
  readonly revision: number;
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedByName: string;
  readonly updatedAt: string;
}

export type MaterialHeader = Omit<MaterialRecord, 'document'>;

interface MaterialRow {
  id: string;
  request_id: string;
  kind: string;
  content_hash: string;
  char_count: number;
  revision: number;
  created_by: string;
  created_by_name: string;
  created_at: string;
  updated_by_name: string;
  updated_at: string;
}

const headerColumns = `id, request_id, kind, content_hash, char_count, revision, created_by,
  created_by_name, created_at, updated_by_name, updated_at`;

const toHeader = (row: MaterialRow): MaterialHeader => ({
  id: row.id,
  requestId: row.request_id,
  kind: row.kind as MaterialKind,
  contentHash: row.content_hash,
  charCount: row.char_count,
  revision: row.revision,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
  updatedByName: row.updated_by_name,
  updatedAt: row.updated_at,
});

/** Inserts a material and its content (split from `material.document` unless given). */
export function insertMaterial(
  db: DatabaseSync,
  material: MaterialRecord,
  content: StorableContent = storableText(material.document),
): void {
  db.prepare(
    `INSERT INTO materials (id, request_id, kind, content_hash, char_count, revision,
       created_by, created_by_name, created_at, updated_by_name, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    material.id,
    material.requestId,
    material.kind,
    material.contentHash,
    material.charCount,
    material.revision,
    material.createdBy,
    material.createdByName,
    material.createdAt,
    material.updatedByName,
    material.updatedAt,
  );
  writeLayout(db, material.id, content.layout, { write: content.blocks, gone: [] }, false);
}

export interface ContentChange {
  readonly contentHash: string;
  readonly charCount: number;
  readonly revision: number;
  readonly updatedByName: string;
  readonly updatedAt: string;
}

/**
 * Makes `content` the material's content in place of the stored layout's blocks `previous`
 * (`content.gone` of them when it knows). `searchPending`: see `writeLayout`.
 */
export function updateMaterialContent(
  db: DatabaseSync,
  id: string,
  change: ContentChange,
  content: StorableContent,
  previous: readonly string[],
  searchPending = false,
): void {
  db.prepare(
    `UPDATE materials SET content_hash = ?, char_count = ?, revision = ?,
       updated_by_name = ?, updated_at = ? WHERE id = ?`,
  ).run(
    change.contentHash,
    change.charCount,
    change.revision,
    change.updatedByName,
    change.updatedAt,
    id,
  );
  const gone = content.gone ?? previous;
  writeLayout(db, id, content.layout, { write: content.blocks, gone }, searchPending);
}

/** The material with its document assembled from its stored blocks. */
export function withDocument(db: DatabaseSync, header: MaterialHeader): MaterialRecord {
  const layout = findLayout(db, header.id);
  if (!layout) throw new Error(`material ${header.id} has no stored layout`);
  return { ...header, document: storedDocument(db, header.id, layout) };
}

/** A material without its document (what an autosave needs: it reads the layout instead). */
export function findMaterialHeader(db: DatabaseSync, id: string): MaterialHeader | null {
  const row = db.prepare(`SELECT ${headerColumns} FROM materials WHERE id = ?`).get(id) as
    MaterialRow | undefined;
  return row ? toHeader(row) : null;
}

export function findMaterial(db: DatabaseSync, id: string): MaterialRecord | null {
  const header = findMaterialHeader(db, id);
  return header ? withDocument(db, header) : null;
}

/** The event's materials without their documents, in the order of `materialKinds`. */
export function listMaterialHeaders(db: DatabaseSync, requestId: string): MaterialHeader[] {
  const rows = db
    .prepare(`SELECT ${headerColumns} FROM materials WHERE request_id = ?`)
    .all(requestId) as unknown as MaterialRow[];
  return rows.map(toHeader);
}

export function listMaterials(db: DatabaseSync, requestId: string): MaterialRecord[] {
  return listMaterialHeaders(db, requestId).map((header) => withDocument(db, header));
}

/** The SHA-256 of each of the event's materials as they are now (part of the request's hash). */
export function materialHashes(db: DatabaseSync, requestId: string): string[] {
  const rows = db
    .prepare('SELECT content_hash FROM materials WHERE request_id = ?')
    .all(requestId) as { content_hash: string }[];
  return rows.map((row) => row.content_hash);
}

export function addEditor(db: DatabaseSync, materialId: string, userId: string): void {
  db.prepare(
    'INSERT INTO material_editors (material_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  ).run(materialId, userId);
}

export function listEditors(db: DatabaseSync, materialId: string): string[] {
  const rows = db
    .prepare('SELECT user_id FROM material_editors WHERE material_id = ?')
    .all(materialId) as { user_id: string }[];
  return rows.map((row) => row.user_id);
}

/** The newest audit row about a subject, to fold a run of autosaves into one entry. */
export function lastAuditOf(
  db: DatabaseSync,
  subjectKind: string,
  subjectId: string,
): { action: string; actorId: string | null; at: string } | null {
  const row = db
    .prepare(
      `SELECT action, actor_id AS actorId, at FROM audit_log
       WHERE subject_kind = ? AND subject_id = ? ORDER BY seq DESC LIMIT 1`,
    )
    .get(subjectKind, subjectId) as
    { action: string; actorId: string | null; at: string } | undefined;
  return row ?? null;
}
