import type { DatabaseSync } from 'node:sqlite';
import type { TranscriptSpeaker, TranscriptTurn } from '../../../shared/domain/transcripts.ts';
import { speakerLabel } from '../../../shared/rules/transcriptFormat.ts';
import { cachedStatement } from '../db/cachedStatement.ts';
import { indexDocument } from '../search/searchRepository.ts';
import { listTurns } from './turnRepository.ts';

export const turnSearchKind = 'transcriptTurn';

/**
 * Stores a turn's searched text under the speaker's label, and where the turn sits
 * (`indexed_turns`, what a search page shows besides), inside the turn's own transaction, so
 * the searched texts never hold a turn the table does not (or the other way round). Its tokens
 * are written in quiet time or by the next search, whichever comes first: writing them in the
 * commit took a third of an acknowledged turn's pages (7 of 21) and FTS5's merges besides.
 */
export function indexTurn(
  db: DatabaseSync,
  requestId: string,
  turn: TranscriptTurn,
  speaker: Pick<TranscriptSpeaker, 'role' | 'name' | 'outlet'>,
  at: string,
): void {
  const documentId = indexDocument(
    db,
    {
      kind: turnSearchKind,
      refId: turn.id,
      title: speakerLabel(speaker),
      body: turn.text,
      updatedAt: at,
    },
    { deferTokens: true },
  );
  cachedStatement(
    db,
    `INSERT INTO indexed_turns (document_id, request_id, seq, spoken_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (document_id) DO NOTHING`,
  ).run(documentId, requestId, turn.seq, turn.spokenAt);
}

export function reindexSpeakerTurns(
  db: DatabaseSync,
  requestId: string,
  speaker: TranscriptSpeaker,
): void {
  const at = new Date().toISOString();
  for (const turn of listTurns(db, requestId)) {
    if (turn.speakerId === speaker.id) indexTurn(db, requestId, turn, speaker, at);
  }
}
