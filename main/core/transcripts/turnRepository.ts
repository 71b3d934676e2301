import type { DatabaseSync } from 'node:sqlite';
import type { TranscriptTurn, TurnRevision } from '../../../shared/domain/transcripts.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

interface TurnRow {
  id: string;
  request_id: string;
  seq: number;
  speaker_id: string;
  text: string;
  spoken_at: string;
  offset_ms: number;
  revision: number;
  committed_by_name: string;
}

const toTurn = (row: TurnRow): TranscriptTurn => ({
  id: row.id,
  seq: row.seq,
  speakerId: row.speaker_id,
  text: row.text,
  spokenAt: row.spoken_at,
  offsetMs: row.offset_ms,
  revision: row.revision,
  committedByName: row.committed_by_name,
});

const turnColumns =
  'id, request_id, seq, speaker_id, text, spoken_at, offset_ms, revision, committed_by_name';

export function listTurns(db: DatabaseSync, requestId: string): TranscriptTurn[] {
  const rows = db
    .prepare(`SELECT ${turnColumns} FROM transcript_turns WHERE request_id = ? ORDER BY seq`)
    .all(requestId) as unknown as TurnRow[];
  return rows.map(toTurn);
}

export function findTurn(
  db: DatabaseSync,
  turnId: string,
): (TranscriptTurn & { readonly requestId: string }) | null {
  const row = cachedStatement(db, `SELECT ${turnColumns} FROM transcript_turns WHERE id = ?`).get(
    turnId,
  ) as TurnRow | undefined;
  return row ? { ...toTurn(row), requestId: row.request_id } : null;
}

export function countTurns(db: DatabaseSync, requestId: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM transcript_turns WHERE request_id = ?')
      .get(requestId) as {
      n: number;
    }
  ).n;
}

export interface NewTurn {
  readonly id: string;
  readonly requestId: string;
  readonly speakerId: string;
  readonly text: string;
  readonly spokenAt: string;
  readonly offsetMs: number;
  readonly by: string;
  readonly byName: string;
  readonly at: string;
}

/** Appends a turn after the last one, with its first revision. Returns it as stored. */
export function insertTurn(db: DatabaseSync, turn: NewTurn): TranscriptTurn {
  const row = cachedStatement(
    db,
    `INSERT INTO transcript_turns (id, request_id, seq, speaker_id, text, spoken_at, offset_ms, revision,
         committed_by, committed_by_name, committed_at)
       VALUES (?1, ?2, (SELECT coalesce(max(seq), 0) + 1 FROM transcript_turns WHERE request_id = ?2),
         ?3, ?4, ?5, ?6, 1, ?7, ?8, ?9)
       RETURNING ${turnColumns}`,
  ).get(
    turn.id,
    turn.requestId,
    turn.speakerId,
    turn.text,
    turn.spokenAt,
    turn.offsetMs,
    turn.by,
    turn.byName,
    turn.at,
  ) as unknown as TurnRow;
  insertRevision(db, turn.id, {
    revision: 1,
    speakerId: turn.speakerId,
    text: turn.text,
    editedBy: turn.by,
    editedByName: turn.byName,
    editedAt: turn.at,
  });
  return toTurn(row);
}

/** A new revision of a turn: the turn row shows it; every earlier revision stays as it was. */
export function reviseTurn(
  db: DatabaseSync,
  turnId: string,
  revision: TurnRevision & { readonly editedBy: string },
): TranscriptTurn {
  const row = db
    .prepare(
      `UPDATE transcript_turns SET speaker_id = ?, text = ?, revision = ? WHERE id = ?
       RETURNING ${turnColumns}`,
    )
    .get(revision.speakerId, revision.text, revision.revision, turnId) as unknown as TurnRow;
  insertRevision(db, turnId, revision);
  return toTurn(row);
}

function insertRevision(
  db: DatabaseSync,
  turnId: string,
  revision: TurnRevision & { readonly editedBy: string },
): void {
  cachedStatement(
    db,
    `INSERT INTO transcript_turn_revisions (turn_id, revision, speaker_id, text, edited_by, edited_by_name, edited_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    turnId,
    revision.revision,
    revision.speakerId,
    revision.text,
    revision.editedBy,
    revision.editedByName,
    revision.editedAt,
  );
}

export function listRevisions(db: DatabaseSync, turnId: string): TurnRevision[] {
  return db
    .prepare(
      `SELECT revision, speaker_id AS speakerId, text, edited_by_name AS editedByName, edited_at AS editedAt
       FROM transcript_turn_revisions WHERE turn_id = ? ORDER BY revision`,
    )
    .all(turnId) as unknown as TurnRevision[];
}

/** Everyone who committed or edited a turn of the event, by id and name. */
export function noteTakers(
  db: DatabaseSync,
  requestId: string,
): { readonly id: string; readonly name: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT r.edited_by AS id, r.edited_by_name AS name
       FROM transcript_turns t JOIN transcript_turn_revisions r ON r.turn_id = t.id
       WHERE t.request_id = ? ORDER BY r.edited_at`,
    )
    .all(requestId) as unknown as { id: string; name: string }[];
}
