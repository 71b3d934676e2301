import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { envelopeOf, type ExchangeRecord } from './exchangeRecord.ts';

export interface QuarantineEntry {
  readonly record: ExchangeRecord;
  readonly heldRecordId: string;
  readonly packageId: string;
  readonly fileName: string;
  readonly quarantinedAt: string;
  readonly quarantinedBy: string | null;
}

export interface QuarantineRow {
  readonly position: number;
  readonly recordId: string;
  readonly heldRecordId: string;
  readonly origin: string;
  readonly seq: number;
  readonly kind: string;
  readonly packageId: string;
  readonly fileName: string;
  readonly quarantinedAt: string;
}

/** Keeps a record that contradicts one held; returns false if it was already kept. */
export function insertQuarantine(db: DatabaseSync, entry: QuarantineEntry): boolean {
  const { record } = entry;
  const result = db
    .prepare(
      `INSERT INTO exchange_quarantine
         (record_id, origin, recipient, seq, kind, held_record_id, record, package_id, file_name,
          quarantined_at, quarantined_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (record_id) DO NOTHING`,
    )
    .run(
      record.id,
      record.origin,
      record.to,
      record.seq,
      record.kind,
      entry.heldRecordId,
      canonicalJson(envelopeOf(record)),
      entry.packageId,
      entry.fileName,
      entry.quarantinedAt,
      entry.quarantinedBy,
    );
  return Number(result.changes) > 0;
}

export function listQuarantineRows(db: DatabaseSync): QuarantineRow[] {
  const rows = db
    .prepare(
      `SELECT position, record_id, held_record_id, origin, seq, kind, package_id, file_name,
              quarantined_at
       FROM exchange_quarantine ORDER BY position DESC`,
    )
    .all() as {
    position: number;
    record_id: string;
    held_record_id: string;
    origin: string;
    seq: number;
    kind: string;
    package_id: string;
    file_name: string;
    quarantined_at: string;
  }[];
  return rows.map((row) => ({
    position: row.position,
    recordId: row.record_id,
    heldRecordId: row.held_record_id,
    origin: row.origin,
    seq: row.seq,
    kind: row.kind,
    packageId: row.package_id,
    fileName: row.file_name,
    quarantinedAt: row.quarantined_at,
  }));
}
