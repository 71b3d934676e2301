import type { DatabaseSync } from 'node:sqlite';
import type { TurnDraft } from '../../../shared/domain/transcripts.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

/** Each note-taker's line in progress, one per event and user. */
export function findDraft(db: DatabaseSync, requestId: string, userId: string): TurnDraft | null {
  const row = db
    .prepare(
      `SELECT speaker_id AS speakerId, text, started_at AS startedAt FROM transcript_drafts
       WHERE request_id = ? AND user_id = ?`,
    )
    .get(requestId, userId) as TurnDraft | undefined;
  return row ? { ...row } : null;
}

export function saveDraft(
  db: DatabaseSync,
  requestId: string,
  userId: string,
  draft: TurnDraft,
  at: string,
): void {
  db.prepare(
    `INSERT INTO transcript_drafts (request_id, user_id, speaker_id, text, started_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (request_id, user_id) DO UPDATE SET speaker_id = excluded.speaker_id,
       text = excluded.text, started_at = excluded.started_at, updated_at = excluded.updated_at`,
  ).run(requestId, userId, draft.speakerId, draft.text, draft.startedAt, at);
}

export function clearDraft(db: DatabaseSync, requestId: string, userId: string): void {
  cachedStatement(db, 'DELETE FROM transcript_drafts WHERE request_id = ? AND user_id = ?').run(
    requestId,
    userId,
  );
}
