import type { DatabaseSync } from 'node:sqlite';
import type { Deliverable, DeliverableFile } from '../../../shared/domain/transcripts.ts';
import type { DeliverableSpec } from '../../../shared/rules/transcriptDeliverables.ts';

interface DeliverableRow {
  id: string;
  name: string;
  required: number;
  min_files: number;
}

type FileRow = DeliverableFile & { deliverableId: string };

export function listDeliverables(db: DatabaseSync, requestId: string): Deliverable[] {
  const rows = db
    .prepare(
      'SELECT id, name, required, min_files FROM transcript_deliverables WHERE request_id = ? ORDER BY position',
    )
    .all(requestId) as unknown as DeliverableRow[];
  const files = db
    .prepare(
      `SELECT f.deliverable_id AS deliverableId, f.sha256, f.file_name AS fileName, a.size,
         a.media_type AS mediaType, f.added_by_name AS addedByName, f.added_at AS addedAt
       FROM transcript_deliverable_files f
       JOIN transcript_deliverables d ON d.id = f.deliverable_id
       JOIN attachments a ON a.sha256 = f.sha256
       WHERE d.request_id = ? ORDER BY f.added_at, f.file_name`,
    )
    .all(requestId) as unknown as FileRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    required: row.required === 1,
    minFiles: row.min_files,
    files: files
      .filter((file) => file.deliverableId === row.id)
      .map(({ deliverableId: _omitted, ...file }) => file),
  }));
}

export function deliverableBelongsTo(
  db: DatabaseSync,
  requestId: string,
  deliverableId: string,
): boolean {
  return (
    db
      .prepare('SELECT 1 FROM transcript_deliverables WHERE id = ? AND request_id = ?')
      .get(deliverableId, requestId) !== undefined
  );
}

export function insertDeliverable(
  db: DatabaseSync,
  requestId: string,
  id: string,
  spec: DeliverableSpec,
): void {
  db.prepare(
    `INSERT INTO transcript_deliverables (id, request_id, position, name, required, min_files)
     VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM transcript_deliverables WHERE request_id = ?2),
       ?3, ?4, ?5)`,
  ).run(id, requestId, spec.name, spec.required ? 1 : 0, spec.minFiles);
}

export function updateDeliverable(db: DatabaseSync, id: string, spec: DeliverableSpec): void {
  db.prepare(
    'UPDATE transcript_deliverables SET name = ?, required = ?, min_files = ? WHERE id = ?',
  ).run(spec.name, spec.required ? 1 : 0, spec.minFiles, id);
}

export function deleteDeliverable(db: DatabaseSync, id: string): void {
  db.prepare('DELETE FROM transcript_uploads WHERE deliverable_id = ?').run(id);
  db.prepare('DELETE FROM transcript_deliverable_files WHERE deliverable_id = ?').run(id);
  db.prepare('DELETE FROM transcript_deliverables WHERE id = ?').run(id);
}

export function addDeliverableFile(
  db: DatabaseSync,
  deliverableId: string,
  file: { sha256: string; fileName: string; addedByName: string; addedAt: string },
): void {
  db.prepare(
    `INSERT INTO transcript_deliverable_files (deliverable_id, sha256, file_name, added_by_name, added_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (deliverable_id, sha256) DO UPDATE SET file_name = excluded.file_name`,
  ).run(deliverableId, file.sha256, file.fileName, file.addedByName, file.addedAt);
}

export function removeDeliverableFile(
  db: DatabaseSync,
  deliverableId: string,
  sha256: string,
): number {
  return Number(
    db
      .prepare('DELETE FROM transcript_deliverable_files WHERE deliverable_id = ? AND sha256 = ?')
      .run(deliverableId, sha256).changes,
  );
}

export interface UploadRecord {
  readonly id: string;
  readonly deliverableId: string;
  readonly requestId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly receivedBytes: number;
}

export function findUpload(db: DatabaseSync, uploadId: string): UploadRecord | null {
  const row = db
    .prepare(
      `SELECT u.id, u.deliverable_id AS deliverableId, d.request_id AS requestId, u.file_name AS fileName,
         u.media_type AS mediaType, u.size, u.received_bytes AS receivedBytes
       FROM transcript_uploads u JOIN transcript_deliverables d ON d.id = u.deliverable_id WHERE u.id = ?`,
    )
    .get(uploadId) as UploadRecord | undefined;
  return row ? { ...row } : null;
}

export function insertUpload(
  db: DatabaseSync,
  upload: Omit<UploadRecord, 'requestId' | 'receivedBytes'> & { startedBy: string; at: string },
): void {
  db.prepare(
    `INSERT INTO transcript_uploads (id, deliverable_id, file_name, media_type, size, started_by, started_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    upload.id,
    upload.deliverableId,
    upload.fileName,
    upload.mediaType,
    upload.size,
    upload.startedBy,
    upload.at,
  );
}

export function setUploadReceived(db: DatabaseSync, uploadId: string, bytes: number): void {
  db.prepare('UPDATE transcript_uploads SET received_bytes = ? WHERE id = ?').run(bytes, uploadId);
}

export function deleteUpload(db: DatabaseSync, uploadId: string): void {
  db.prepare('DELETE FROM transcript_uploads WHERE id = ?').run(uploadId);
}

/** Registers a stored file in the attachments table (it may already be there). */
export function recordAttachment(
  db: DatabaseSync,
  file: { sha256: string; size: number; mediaType: string; at: string },
): void {
  db.prepare(
    'INSERT INTO attachments (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(file.sha256, file.size, file.mediaType, file.at);
}
