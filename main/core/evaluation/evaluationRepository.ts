import type { DatabaseSync } from 'node:sqlite';
import type { FindingMark, MarkStatus } from '../../../shared/domain/evaluation.ts';

export interface StoredMark extends FindingMark {
  readonly findingKey: string;
}

/** The news office's marks on an event's findings, by finding key. */
export function listMarks(db: DatabaseSync, requestId: string): Map<string, FindingMark> {
  const rows = db
    .prepare(
      `SELECT finding_key AS findingKey, status, note, marked_by_name AS markedByName,
         marked_at AS markedAt
       FROM evaluation_marks WHERE request_id = ?`,
    )
    .all(requestId) as unknown as StoredMark[];
  return new Map(rows.map(({ findingKey, ...mark }) => [findingKey, mark]));
}

export function saveMark(
  db: DatabaseSync,
  requestId: string,
  findingKey: string,
  mark: FindingMark & { readonly markedBy: string; readonly status: MarkStatus },
): void {
  db.prepare(
    `INSERT INTO evaluation_marks (request_id, finding_key, status, note, marked_by,
       marked_by_name, marked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (request_id, finding_key) DO UPDATE SET status = excluded.status,
       note = excluded.note, marked_by = excluded.marked_by,
       marked_by_name = excluded.marked_by_name, marked_at = excluded.marked_at`,
  ).run(
    requestId,
    findingKey,
    mark.status,
    mark.note,
    mark.markedBy,
    mark.markedByName,
    mark.markedAt,
  );
}
