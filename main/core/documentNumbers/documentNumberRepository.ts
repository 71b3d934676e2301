import type { DatabaseSync } from 'node:sqlite';
import type {
  DocumentNumberEntry,
  NumberedPaperKind,
} from '../../../shared/domain/documentNumbers.ts';

/** What identifies one paper: re-exporting the same paper keeps its number. */
export interface PaperSubject {
  readonly kind: NumberedPaperKind;
  /** The request id of a 审批函; the period of a 通报 (2026-Q3, or 2026 for the year). */
  readonly subjectId: string;
  /** The approved content hash of a 审批函 (a new approval is a new letter); '' for a 通报. */
  readonly subjectVersion: string;
}

export interface NewDocumentNumber extends PaperSubject {
  readonly id: string;
  readonly agencyCode: string;
  readonly year: number;
  readonly serial: number;
  readonly number: string;
  readonly title: string;
  readonly issuedAt: string;
  readonly issuedBy: string;
  readonly fileSha256: string;
}

interface Row {
  id: string;
  agency_code: string;
  year: number;
  serial: number;
  number: string;
  paper_kind: NumberedPaperKind;
  subject_id: string;
  title: string;
  issued_at: string;
  issued_by_name: string | null;
  file_sha256: string;
  voided_at: string | null;
  void_reason: string | null;
  voided_by_name: string | null;
}

const select = `
  SELECT n.id, n.agency_code, n.year, n.serial, n.number, n.paper_kind, n.subject_id, n.title,
    n.issued_at, issuer.display_name AS issued_by_name, n.file_sha256, n.voided_at, n.void_reason,
    voider.display_name AS voided_by_name
  FROM document_numbers n
  LEFT JOIN users issuer ON issuer.id = n.issued_by
  LEFT JOIN users voider ON voider.id = n.voided_by`;

const toEntry = (row: Row): DocumentNumberEntry => ({
  id: row.id,
  agencyCode: row.agency_code,
  year: row.year,
  serial: row.serial,
  number: row.number,
  paperKind: row.paper_kind,
  subjectId: row.subject_id,
  title: row.title,
  issuedAt: row.issued_at,
  issuedByName: row.issued_by_name ?? '',
  fileSha256: row.file_sha256,
  voided:
    row.voided_at === null
      ? null
      : { at: row.voided_at, reason: row.void_reason ?? '', byName: row.voided_by_name ?? '' },
});

/** The serial the next paper of this 机关代字 and year takes. Call it inside the insert's transaction. */
export function nextSerial(db: DatabaseSync, agencyCode: string, year: number): number {
  const row = db
    .prepare('SELECT MAX(serial) AS last FROM document_numbers WHERE agency_code = ? AND year = ?')
    .get(agencyCode, year) as { last: number | null };
  return (row.last ?? 0) + 1;
}

/** The number this paper already holds, unless it was voided. */
export function findIssuedNumber(
  db: DatabaseSync,
  subject: PaperSubject,
): DocumentNumberEntry | null {
  const row = db
    .prepare(
      `${select} WHERE n.paper_kind = ? AND n.subject_id = ? AND n.subject_version = ?
        AND n.voided_at IS NULL ORDER BY n.issued_at DESC LIMIT 1`,
    )
    .get(subject.kind, subject.subjectId, subject.subjectVersion) as Row | undefined;
  return row ? toEntry(row) : null;
}

export function findDocumentNumber(db: DatabaseSync, id: string): DocumentNumberEntry | null {
  const row = db.prepare(`${select} WHERE n.id = ?`).get(id) as Row | undefined;
  return row ? toEntry(row) : null;
}

export function insertDocumentNumber(db: DatabaseSync, entry: NewDocumentNumber): void {
  db.prepare(
    `INSERT INTO document_numbers (id, agency_code, year, serial, number, paper_kind, subject_id,
      subject_version, title, issued_at, issued_by, file_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.id,
    entry.agencyCode,
    entry.year,
    entry.serial,
    entry.number,
    entry.kind,
    entry.subjectId,
    entry.subjectVersion,
    entry.title,
    entry.issuedAt,
    entry.issuedBy,
    entry.fileSha256,
  );
}

/** The paper was exported again under its number: the register names the latest file. */
export function recordReexport(
  db: DatabaseSync,
  id: string,
  title: string,
  fileSha256: string,
): void {
  db.prepare('UPDATE document_numbers SET title = ?, file_sha256 = ? WHERE id = ?').run(
    title,
    fileSha256,
    id,
  );
}

export function markVoided(
  db: DatabaseSync,
  id: string,
  at: string,
  reason: string,
  userId: string,
): void {
  db.prepare(
    'UPDATE document_numbers SET voided_at = ?, void_reason = ?, voided_by = ? WHERE id = ? AND voided_at IS NULL',
  ).run(at, reason, userId, id);
}

export interface RegisterQuery {
  readonly year?: number;
  /** ISO instants: issued at or after `from` and before `before`. */
  readonly issuedFrom?: string;
  readonly issuedBefore?: string;
}

/** The register, the newest number first. */
export function listDocumentNumbers(
  db: DatabaseSync,
  query: RegisterQuery = {},
): DocumentNumberEntry[] {
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  if (query.year !== undefined) {
    conditions.push('n.year = ?');
    values.push(query.year);
  }
  if (query.issuedFrom !== undefined) {
    conditions.push('n.issued_at >= ?');
    values.push(query.issuedFrom);
  }
  if (query.issuedBefore !== undefined) {
    conditions.push('n.issued_at < ?');
    values.push(query.issuedBefore);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = db
    .prepare(`${select} ${where} ORDER BY n.issued_at DESC, n.rowid DESC`)
    .all(...values) as unknown as Row[];
  return rows.map(toEntry);
}
