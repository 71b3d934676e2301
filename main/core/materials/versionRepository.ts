import type { DatabaseSync } from 'node:sqlite';
import type { MaterialVersionSummary, VersionReason } from '../../../shared/domain/materials.ts';

export interface VersionRecord extends MaterialVersionSummary {
  readonly materialId: string;
  readonly createdBy: string;
}

interface VersionRow {
  id: string;
  material_id: string;
  number: number;
  reason: string;
  note: string;
  document?: string;
  content_hash: string;
  char_count: number;
  created_by: string;
  created_by_name: string;
  created_at: string;
}

const summaryColumns = `id, material_id, number, reason, note, content_hash, char_count,
  created_by, created_by_name, created_at`;

const toRecord = (row: VersionRow): VersionRecord => ({
  id: row.id,
  materialId: row.material_id,
  number: row.number,
  reason: row.reason as VersionReason,
  note: row.note,
  contentHash: row.content_hash,
  charCount: row.char_count,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
});

export function insertVersion(
  db: DatabaseSync,
  version: VersionRecord & { readonly document: string },
): void {
  db.prepare(
    `INSERT INTO material_versions (id, material_id, number, reason, note, document, content_hash,
       char_count, created_by, created_by_name, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    version.id,
    version.materialId,
    version.number,
    version.reason,
    version.note,
    version.document,
    version.contentHash,
    version.charCount,
    version.createdBy,
    version.createdByName,
    version.createdAt,
  );
}

/** Newest first, without their documents. */
export function listVersions(db: DatabaseSync, materialId: string): VersionRecord[] {
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM material_versions WHERE material_id = ? ORDER BY number DESC`,
    )
    .all(materialId) as unknown as VersionRow[];
  return rows.map(toRecord);
}

export function latestVersion(db: DatabaseSync, materialId: string): VersionRecord | null {
  const row = db
    .prepare(
      `SELECT ${summaryColumns} FROM material_versions WHERE material_id = ?
       ORDER BY number DESC LIMIT 1`,
    )
    .get(materialId) as VersionRow | undefined;
  return row ? toRecord(row) : null;
}

export function findVersion(
  db: DatabaseSync,
  id: string,
): (VersionRecord & { readonly document: string }) | null {
  const row = db.prepare('SELECT * FROM material_versions WHERE id = ?').get(id) as
    VersionRow | undefined;
  return row ? { ...toRecord(row), document: row.document ?? '' } : null;
}
