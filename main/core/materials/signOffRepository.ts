import type { DatabaseSync } from 'node:sqlite';
import type { EvidenceFile, SignOff } from '../../../shared/domain/materialClearance.ts';

interface SignOffRow {
  id: string;
  item_id: string;
  item_label: string;
  version_number: number;
  content_hash: string;
  note: string;
  signed_by: string;
  signed_by_name: string;
  signed_at: string;
  voided_at: string | null;
  voided_reason: string | null;
}

/** Inserts a sign-off unless one with its id is already held (a record received twice). */
export function insertSignOff(db: DatabaseSync, materialId: string, signOff: SignOff): void {
  db.prepare(
    `INSERT INTO material_signoffs (id, material_id, item_id, item_label, version_number,
       content_hash, note, signed_by, signed_by_name, signed_at, voided_at, voided_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(
    signOff.id,
    materialId,
    signOff.itemId,
    signOff.itemLabel,
    signOff.versionNumber,
    signOff.contentHash,
    signOff.note,
    signOff.signedBy,
    signOff.signedByName,
    signOff.signedAt,
    signOff.voidedAt,
    signOff.voidedReason,
  );
  for (const file of signOff.evidence) {
    db.prepare(
      `INSERT INTO material_signoff_evidence (signoff_id, sha256, file_name) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(signOff.id, file.sha256, file.fileName);
  }
}

function evidenceOf(db: DatabaseSync, signOffId: string): EvidenceFile[] {
  return db
    .prepare(
      `SELECT e.sha256, e.file_name AS fileName, a.size FROM material_signoff_evidence AS e
       JOIN attachments AS a ON a.sha256 = e.sha256 WHERE e.signoff_id = ? ORDER BY e.file_name`,
    )
    .all(signOffId) as unknown as EvidenceFile[];
}

/** Oldest first, each with its evidence files. */
export function listSignOffs(db: DatabaseSync, materialId: string): SignOff[] {
  const rows = db
    .prepare('SELECT * FROM material_signoffs WHERE material_id = ? ORDER BY signed_at, id')
    .all(materialId) as unknown as SignOffRow[];
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    itemLabel: row.item_label,
    versionNumber: row.version_number,
    contentHash: row.content_hash,
    note: row.note,
    evidence: evidenceOf(db, row.id),
    signedBy: row.signed_by,
    signedByName: row.signed_by_name,
    signedAt: row.signed_at,
    voidedAt: row.voided_at,
    voidedReason: row.voided_reason,
  }));
}

/** Voids every sign-off still in force; returns how many. */
export function voidSignOffs(
  db: DatabaseSync,
  materialId: string,
  at: string,
  reason: string,
): number {
  const result = db
    .prepare(
      `UPDATE material_signoffs SET voided_at = ?, voided_reason = ?
       WHERE material_id = ? AND voided_at IS NULL`,
    )
    .run(at, reason, materialId);
  return Number(result.changes);
}

/** A received sign-off's void, as the sender recorded it. */
export function markSignOffVoided(db: DatabaseSync, id: string, at: string, reason: string): void {
  db.prepare(
    'UPDATE material_signoffs SET voided_at = ?, voided_reason = ? WHERE id = ? AND voided_at IS NULL',
  ).run(at, reason, id);
}

/** Whether a file is evidence of some sign-off of this material (so it may be downloaded). */
export function isEvidenceOf(db: DatabaseSync, materialId: string, sha256: string): string | null {
  const row = db
    .prepare(
      `SELECT e.file_name AS fileName FROM material_signoff_evidence AS e
       JOIN material_signoffs AS s ON s.id = e.signoff_id
       WHERE s.material_id = ? AND e.sha256 = ? LIMIT 1`,
    )
    .get(materialId, sha256) as { fileName: string } | undefined;
  return row?.fileName ?? null;
}
