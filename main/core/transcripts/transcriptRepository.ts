import type { DatabaseSync } from 'node:sqlite';
import { cachedStatement } from '../db/cachedStatement.ts';

/** The transcript of one event as stored: when capture started and ended, review and closing. */
export interface TranscriptRecord {
  readonly requestId: string;
  readonly startedAt: string;
  readonly startedBy: string;
  readonly endedAt: string | null;
  readonly revision: number;
  readonly reviewedRevision: number | null;
  readonly reviewedBy: string | null;
  readonly reviewedByName: string | null;
  readonly reviewedAt: string | null;
  readonly closedAt: string | null;
  readonly closedByName: string | null;
}

interface TranscriptRow {
  request_id: string;
  started_at: string;
  started_by: string;
  ended_at: string | null;
  revision: number;
  reviewed_revision: number | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  closed_at: string | null;
  closed_by_name: string | null;
}

const toRecord = (row: TranscriptRow): TranscriptRecord => ({
  requestId: row.request_id,
  startedAt: row.started_at,
  startedBy: row.started_by,
  endedAt: row.ended_at,
  revision: row.revision,
  reviewedRevision: row.reviewed_revision,
  reviewedBy: row.reviewed_by,
  reviewedByName: row.reviewed_by_name,
  reviewedAt: row.reviewed_at,
  closedAt: row.closed_at,
  closedByName: row.closed_by_name,
});

export function findTranscript(db: DatabaseSync, requestId: string): TranscriptRecord | null {
  const row = cachedStatement(db, 'SELECT * FROM transcripts WHERE request_id = ?').get(
    requestId,
  ) as TranscriptRow | undefined;
  return row ? toRecord(row) : null;
}

export function insertTranscript(
  db: DatabaseSync,
  requestId: string,
  startedBy: string,
  startedAt: string,
): void {
  db.prepare('INSERT INTO transcripts (request_id, started_at, started_by) VALUES (?, ?, ?)').run(
    requestId,
    startedAt,
    startedBy,
  );
}

export function setEndedAt(db: DatabaseSync, requestId: string, endedAt: string | null): void {
  db.prepare('UPDATE transcripts SET ended_at = ? WHERE request_id = ?').run(endedAt, requestId);
}

/** Counts one more change to the turns; a review bound to an older revision no longer holds. */
export function bumpRevision(db: DatabaseSync, requestId: string): number {
  const row = cachedStatement(
    db,
    'UPDATE transcripts SET revision = revision + 1 WHERE request_id = ? RETURNING revision',
  ).get(requestId) as { revision: number };
  return row.revision;
}

export function recordReview(
  db: DatabaseSync,
  requestId: string,
  review: { revision: number; by: string; byName: string; at: string },
): void {
  db.prepare(
    `UPDATE transcripts SET reviewed_revision = ?, reviewed_by = ?, reviewed_by_name = ?, reviewed_at = ?
     WHERE request_id = ?`,
  ).run(review.revision, review.by, review.byName, review.at, requestId);
}

export function recordClosing(
  db: DatabaseSync,
  requestId: string,
  at: string,
  byName: string,
): void {
  db.prepare('UPDATE transcripts SET closed_at = ?, closed_by_name = ? WHERE request_id = ?').run(
    at,
    byName,
    requestId,
  );
}
