import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
import { envelopeOf, type ExchangeRecord } from '../../exchange/exchangeRecord.ts';
import { insertRow } from './fixtureRows.ts';

/** A record held in the exchange log, as sent or received (the columns since schema 4). */
export function insertRecordRow(
  db: DatabaseSync,
  record: ExchangeRecord,
  direction: 'sent' | 'received',
  recordedAt: string,
  packageId: string | null,
): void {
  insertRow(db, 'exchange_records', {
    id: record.id,
    origin: record.origin,
    recipient: record.to,
    seq: record.seq,
    prev: record.prev,
    kind: record.kind,
    refs: canonicalJson(record.refs),
    payload: canonicalJson(record.payload),
    attachments: canonicalJson(record.attachments),
    signature: record.signature,
    direction,
    recorded_at: recordedAt,
    package_id: packageId,
  });
}

/** A record held apart because it contradicts `heldRecordId`, for an administrator to look at. */
export function insertQuarantineRow(
  db: DatabaseSync,
  record: ExchangeRecord,
  heldRecordId: string,
  entry: { packageId: string; fileName: string; at: string; by: string },
): void {
  insertRow(db, 'exchange_quarantine', {
    record_id: record.id,
    origin: record.origin,
    recipient: record.to,
    seq: record.seq,
    kind: record.kind,
    held_record_id: heldRecordId,
    record: canonicalJson(envelopeOf(record)),
    package_id: entry.packageId,
    file_name: entry.fileName,
    quarantined_at: entry.at,
    quarantined_by: entry.by,
  });
}
