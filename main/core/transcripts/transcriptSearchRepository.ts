import type { DatabaseSync } from 'node:sqlite';
import type { SpeakerRole } from '../../../shared/domain/transcripts.ts';
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

/**
 * The newest `limit` index entries matching the expression: the index answers in rowid order and
 * stops there, so a common term costs no more than a rare one. (FTS5's bm25() is not used: its
 * document frequencies read every match of every phrase, the kind included, on each query.)
 */
export const turnWindowSql = `
  SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?`;

export function turnWindow(db: DatabaseSync, expression: string, limit: number): number[] {
  const rows = db.prepare(turnWindowSql).all(expression, limit) as { rowid: number }[];
  return rows.map((row) => row.rowid);
}

export interface IndexedText {
  readonly rowid: number;
  readonly title: string;
  readonly body: string;
}

/** The text indexed under some index entries (title and body, as they were tokenised). */
export function indexedTexts(db: DatabaseSync, rowids: readonly number[]): IndexedText[] {
  return db
    .prepare(
      `SELECT d.id AS rowid, d.title, d.body FROM json_each(?) AS wanted
       JOIN search_documents AS d ON d.id = wanted.value`,
    )
    .all(JSON.stringify(rowids)) as unknown as IndexedText[];
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
  readonly role: SpeakerRole;
  readonly name: string;
  readonly outlet: string;
}

/** The turns behind some index entries, with their event and speaker. */
export function turnDetails(db: DatabaseSync, rowids: readonly number[]): TurnDetail[] {
  return db
    .prepare(
      `SELECT d.id AS rowid, t.id AS turnId, t.request_id AS requestId, r.unit_id AS unitId,
         r.drafted_by AS draftedBy, r.title AS eventTitle, t.seq, t.text, t.spoken_at AS spokenAt,
         s.role, s.name, s.outlet
       FROM json_each(?) AS wanted
       JOIN search_documents AS d ON d.id = wanted.value
       JOIN transcript_turns AS t ON t.id = d.ref_id
       JOIN transcript_speakers AS s ON s.id = t.speaker_id
       JOIN requests AS r ON r.id = t.request_id`,
    )
    .all(JSON.stringify(rowids)) as unknown as TurnDetail[];
}
