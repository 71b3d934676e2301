import type { DatabaseSync } from 'node:sqlite';
import { cachedStatement } from '../db/cachedStatement.ts';
import { indexPendingDocuments } from '../search/searchRepository.ts';

export interface IndexedDocument {
  readonly kind: string;
  readonly refId: string;
  readonly title: string;
  readonly body: string;
}

/** Documents matching an FTS5 expression, best first by bm25 (for small kinds such as answers). */
export function answerCandidates(
  db: DatabaseSync,
  expression: string,
  limit: number,
): IndexedDocument[] {
  indexPendingDocuments(db);
  return db
    .prepare(
      `SELECT d.kind, d.ref_id AS refId, d.title, d.body
       FROM search_index JOIN search_documents AS d ON d.id = search_index.rowid
       WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT ?`,
    )
    .all(expression, limit) as unknown as IndexedDocument[];
}

export interface TurnDetail {
  readonly rowid: number;
  readonly turnId: string;
  readonly requestId: string;
  readonly unitId: string;
  readonly draftedBy: string;
  readonly eventTitle: string;
  readonly seq: number;
  readonly text: string;
  readonly spokenAt: string;
  readonly speakerLabel: string;
}

/**
 * The search record holds the turn's current text and speaker label (kept with the turn in its
 * transaction, turnIndex.ts), `indexed_turns` the rest: no lookup of the turn or its speaker by
 * UUID. Only turns are in `indexed_turns`; CROSS JOIN keeps the wanted rowids first.
 */
const turnDetailsSql = `
  SELECT d.id AS rowid, d.ref_id AS turnId, x.request_id AS requestId, r.unit_id AS unitId,
    r.drafted_by AS draftedBy, r.title AS eventTitle, x.seq, d.body AS text,
    x.spoken_at AS spokenAt, d.title AS speakerLabel
  FROM json_each(?) AS wanted
  CROSS JOIN search_documents AS d ON d.id = wanted.value
  JOIN indexed_turns AS x ON x.document_id = d.id
  JOIN requests AS r ON r.id = x.request_id`;

/** The turns behind some index entries (those of other kinds left out), with their events. */
export function turnDetails(db: DatabaseSync, rowids: readonly number[]): TurnDetail[] {
  return cachedStatement(db, turnDetailsSql).all(JSON.stringify(rowids)) as unknown as TurnDetail[];
}
