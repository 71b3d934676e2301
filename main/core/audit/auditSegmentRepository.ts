import type { DatabaseSync } from 'node:sqlite';
import { cachedStatement } from '../db/cachedStatement.ts';

/** From `firstSeq` on (up to the next segment), rows are keyed with the key `keyId`. */
export interface KeySegment {
  readonly firstSeq: number;
  readonly keyId: string;
  readonly startedAt: string;
}

interface SegmentRow {
  first_seq: number;
  key_id: string;
  started_at: string;
}

const toSegment = (row: SegmentRow): KeySegment => ({
  firstSeq: row.first_seq,
  keyId: row.key_id,
  startedAt: row.started_at,
});

export function listKeySegments(db: DatabaseSync): KeySegment[] {
  return (
    db
      .prepare('SELECT first_seq, key_id, started_at FROM audit_key_segments ORDER BY first_seq')
      .all() as unknown as SegmentRow[]
  ).map(toSegment);
}

export function latestKeySegment(db: DatabaseSync): KeySegment | undefined {
  const row = cachedStatement(
    db,
    'SELECT first_seq, key_id, started_at FROM audit_key_segments ORDER BY first_seq DESC LIMIT 1',
  ).get() as SegmentRow | undefined;
  return row && toSegment(row);
}

export function insertKeySegment(db: DatabaseSync, segment: KeySegment): void {
  db.prepare('INSERT INTO audit_key_segments (first_seq, key_id, started_at) VALUES (?, ?, ?)').run(
    segment.firstSeq,
    segment.keyId,
    segment.startedAt,
  );
}
