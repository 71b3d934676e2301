import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import type { ExchangeRecord } from './exchangeRecord.ts';

export type Direction = 'sent' | 'received';

/** A record as held here: sent or received, when, and (if received) in which package. */
export interface HeldRecord extends ExchangeRecord {
  readonly position: number;
  readonly direction: Direction;
  readonly recordedAt: string;
  readonly packageId: string | null;
}

interface RecordRow {
  position: number;
  id: string;
  origin: string;
  recipient: string;
  seq: number;
  prev: string;
  kind: string;
  refs: string;
  payload: string;
  attachments: string;
  signature: string;
  direction: string;
  recorded_at: string;
  package_id: string | null;
}

const toHeld = (row: RecordRow): HeldRecord => ({
  position: row.position,
  id: row.id,
  kind: row.kind,
  origin: row.origin,
  to: row.recipient,
  seq: row.seq,
  prev: row.prev,
  refs: JSON.parse(row.refs) as Record<string, string>,
  payload: JSON.parse(row.payload) as unknown,
  attachments: JSON.parse(row.attachments) as string[],
  signature: row.signature,
  direction: row.direction as Direction,
  recordedAt: row.recorded_at,
  packageId: row.package_id,
});

export function insertRecord(
  db: DatabaseSync,
  record: ExchangeRecord,
  held: { direction: Direction; recordedAt: string; packageId: string | null },
): void {
  db.prepare(
    `INSERT INTO exchange_records
       (id, origin, recipient, seq, prev, kind, refs, payload, attachments, signature,
        direction, recorded_at, package_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    record.origin,
    record.to,
    record.seq,
    record.prev,
    record.kind,
    canonicalJson(record.refs),
    canonicalJson(record.payload),
    canonicalJson(record.attachments),
    record.signature,
    held.direction,
    held.recordedAt,
    held.packageId,
  );
}

export function findRecord(db: DatabaseSync, id: string): HeldRecord | null {
  const row = db.prepare('SELECT * FROM exchange_records WHERE id = ?').get(id) as
    RecordRow | undefined;
  return row ? toHeld(row) : null;
}

/** The record at `seq` of the stream from `origin` to `recipient`, if held. */
export function findInStream(
  db: DatabaseSync,
  origin: string,
  recipient: string,
  seq: number,
): HeldRecord | null {
  const row = db
    .prepare('SELECT * FROM exchange_records WHERE origin = ? AND recipient = ? AND seq = ?')
    .get(origin, recipient, seq) as RecordRow | undefined;
  return row ? toHeld(row) : null;
}

/** The last record held of a stream (streams are held without gaps, so its seq is the count). */
export function lastInStream(
  db: DatabaseSync,
  origin: string,
  recipient: string,
): { seq: number; id: string } | null {
  const row = db
    .prepare(
      'SELECT seq, id FROM exchange_records WHERE origin = ? AND recipient = ? ORDER BY seq DESC LIMIT 1',
    )
    .get(origin, recipient) as { seq: number; id: string } | undefined;
  return row ? { seq: row.seq, id: row.id } : null;
}

/** Records of a stream after `afterSeq`, oldest first. */
export function streamRecords(
  db: DatabaseSync,
  origin: string,
  recipient: string,
  afterSeq: number,
): HeldRecord[] {
  const rows = db
    .prepare(
      'SELECT * FROM exchange_records WHERE origin = ? AND recipient = ? AND seq > ? ORDER BY seq',
    )
    .all(origin, recipient, afterSeq) as unknown as RecordRow[];
  return rows.map(toHeld);
}

/** Newest first, paged by position. */
export function listRecords(
  db: DatabaseSync,
  beforePosition: number | undefined,
  limit: number,
): HeldRecord[] {
  const rows = db
    .prepare('SELECT * FROM exchange_records WHERE position < ? ORDER BY position DESC LIMIT ?')
    .all(beforePosition ?? Number.MAX_SAFE_INTEGER, limit) as unknown as RecordRow[];
  return rows.map(toHeld);
}

/** Size and media type of a stored attachment, to describe it in a package. */
export function attachmentInfo(
  db: DatabaseSync,
  sha256: string,
): { size: number; mediaType: string } | null {
  const row = db
    .prepare('SELECT size, media_type FROM attachments WHERE sha256 = ?')
    .get(sha256) as { size: number; media_type: string } | undefined;
  return row ? { size: row.size, mediaType: row.media_type } : null;
}
