import type { DatabaseSync } from 'node:sqlite';
import type { MaterialKind } from '../../../shared/domain/materials.ts';

/** A material as stored: its current content (canonical JSON) and who made it. */
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
  document?: string;
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

export function insertMaterial(db: DatabaseSync, material: MaterialRecord): void {
  db.prepare(
    `INSERT INTO materials (id, request_id, kind, document, content_hash, char_count, revision,
       created_by, created_by_name, created_at, updated_by_name, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    material.id,
    material.requestId,
    material.kind,
    material.document,
    material.contentHash,
    material.charCount,
    material.revision,
    material.createdBy,
    material.createdByName,
    material.createdAt,
    material.updatedByName,
    material.updatedAt,
  );
}

export interface ContentChange {
  readonly document: string;
  readonly contentHash: string;
  readonly charCount: number;
  readonly revision: number;
  readonly updatedByName: string;
  readonly updatedAt: string;
}

export function updateMaterialContent(db: DatabaseSync, id: string, change: ContentChange): void {
  db.prepare(
    `UPDATE materials SET document = ?, content_hash = ?, char_count = ?, revision = ?,
       updated_by_name = ?, updated_at = ? WHERE id = ?`,
  ).run(
    change.document,
    change.contentHash,
    change.charCount,
    change.revision,
    change.updatedByName,
    change.updatedAt,
    id,
  );
}

export function findMaterial(db: DatabaseSync, id: string): MaterialRecord | null {
  const row = db.prepare('SELECT * FROM materials WHERE id = ?').get(id) as MaterialRow | undefined;
  return row ? { ...toHeader(row), document: row.document ?? '' } : null;
}

/** The event's materials without their documents, in the order of `materialKinds`. */
export function listMaterialHeaders(db: DatabaseSync, requestId: string): MaterialHeader[] {
  const rows = db
    .prepare(`SELECT ${headerColumns} FROM materials WHERE request_id = ?`)
    .all(requestId) as unknown as MaterialRow[];
  return rows.map(toHeader);
}

export function listMaterials(db: DatabaseSync, requestId: string): MaterialRecord[] {
  const rows = db
    .prepare('SELECT * FROM materials WHERE request_id = ?')
    .all(requestId) as unknown as MaterialRow[];
  return rows.map((row) => ({ ...toHeader(row), document: row.document ?? '' }));
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
