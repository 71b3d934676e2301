import type { DatabaseSync } from 'node:sqlite';
import type { SpeakerRole } from '../../../shared/domain/transcripts.ts';
import { cachedStatement } from '../db/cachedStatement.ts';
import { indexPendingDocuments } from '../search/searchRepository.ts';
import { turnSearchKind } from './turnIndex.ts';

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
  readonly role: SpeakerRole;
  readonly name: string;
  readonly outlet: string;
  /**
   * The text the index holds for the turn (speaker label, line break, turn), read only when the
   * query needs checking against it (3+ characters).
   */
  readonly searched?: string;
}

const turnDetailsSql = (searched: boolean) =>
  `SELECT d.id AS rowid, t.id AS turnId, t.request_id AS requestId, r.unit_id AS unitId,
     r.drafted_by AS draftedBy, r.title AS eventTitle, t.seq, t.text, t.spoken_at AS spokenAt,
     s.role, s.name, s.outlet${searched ? ', d.title || char(10) || d.body AS searched' : ''}
   FROM json_each(?) AS wanted
   CROSS JOIN search_documents AS d ON d.id = wanted.value
   JOIN transcript_turns AS t ON t.id = d.ref_id
   JOIN transcript_speakers AS s ON s.id = t.speaker_id
   JOIN requests AS r ON r.id = t.request_id
   WHERE d.kind = '${turnSearchKind}'`;
const [withSearchedSql, withoutSearchedSql] = [turnDetailsSql(true), turnDetailsSql(false)];

/**
 * The turns behind some index entries (those of other kinds left out), with event and speaker,
 * and with the text the index holds when `searched`.
 * CROSS JOIN keeps the wanted rowids first: else the kind test led SQLite through every turn.
 */
export function turnDetails(
  db: DatabaseSync,
  rowids: readonly number[],
  searched: boolean,
): TurnDetail[] {
  return cachedStatement(db, searched ? withSearchedSql : withoutSearchedSql).all(
    JSON.stringify(rowids),
  ) as unknown as TurnDetail[];
}
