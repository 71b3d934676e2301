import type { DatabaseSync } from 'node:sqlite';
import type { ReviewRecordPayload } from './reviewRecord.ts';

/** The news office's review of one of this installation's events, as it last arrived. */
export interface ReceivedReviewRecord {
  readonly requestId: string;
  readonly origin: string;
  readonly originName: string;
  readonly recordId: string;
  readonly recordSeq: number;
  readonly sentAt: string;
  readonly receivedAt: string;
  readonly review: ReviewRecordPayload;
}

interface ReceivedReviewRow {
  request_id: string;
  origin: string;
  origin_name: string;
  record_id: string;
  record_seq: number;
  sent_at: string;
  received_at: string;
  review: string;
}

export function findReceivedReview(
  db: DatabaseSync,
  requestId: string,
): ReceivedReviewRecord | null {
  const row = db
    .prepare('SELECT * FROM evaluation_received WHERE request_id = ?')
    .get(requestId) as ReceivedReviewRow | undefined;
  if (!row) return null;
  return {
    requestId: row.request_id,
    origin: row.origin,
    originName: row.origin_name,
    recordId: row.record_id,
    recordSeq: row.record_seq,
    sentAt: row.sent_at,
    receivedAt: row.received_at,
    review: JSON.parse(row.review) as ReviewRecordPayload,
  };
}

export function saveReceivedReview(db: DatabaseSync, received: ReceivedReviewRecord): void {
  db.prepare(
    `INSERT INTO evaluation_received (request_id, origin, origin_name, record_id, record_seq,
       sent_at, received_at, review)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (request_id) DO UPDATE SET origin = excluded.origin,
       origin_name = excluded.origin_name, record_id = excluded.record_id,
       record_seq = excluded.record_seq, sent_at = excluded.sent_at,
       received_at = excluded.received_at, review = excluded.review`,
  ).run(
    received.requestId,
    received.origin,
    received.originName,
    received.recordId,
    received.recordSeq,
    received.sentAt,
    received.receivedAt,
    JSON.stringify(received.review),
  );
}
