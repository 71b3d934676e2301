import type { DatabaseSync } from 'node:sqlite';
import type { SpeakerRole, TranscriptSpeaker } from '../../../shared/domain/transcripts.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

interface SpeakerRow {
  id: string;
  role: string;
  name: string;
  title: string;
  outlet: string;
}

const toSpeaker = (row: SpeakerRow): TranscriptSpeaker => ({
  id: row.id,
  role: row.role as SpeakerRole,
  name: row.name,
  title: row.title,
  outlet: row.outlet,
});

/** The roster in the order speakers were added (the order of the Alt+1..9 hotkeys). */
export function listSpeakers(db: DatabaseSync, requestId: string): TranscriptSpeaker[] {
  const rows = db
    .prepare(
      'SELECT id, role, name, title, outlet FROM transcript_speakers WHERE request_id = ? ORDER BY position',
    )
    .all(requestId) as unknown as SpeakerRow[];
  return rows.map(toSpeaker);
}

export function findSpeaker(
  db: DatabaseSync,
  requestId: string,
  speakerId: string,
): TranscriptSpeaker | null {
  const row = cachedStatement(
    db,
    'SELECT id, role, name, title, outlet FROM transcript_speakers WHERE request_id = ? AND id = ?',
  ).get(requestId, speakerId) as SpeakerRow | undefined;
  return row ? toSpeaker(row) : null;
}

export function insertSpeaker(
  db: DatabaseSync,
  requestId: string,
  speaker: TranscriptSpeaker,
  addedAt: string,
): void {
  db.prepare(
    `INSERT INTO transcript_speakers (id, request_id, position, role, name, title, outlet, added_at)
     VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM transcript_speakers WHERE request_id = ?2),
       ?3, ?4, ?5, ?6, ?7)`,
  ).run(speaker.id, requestId, speaker.role, speaker.name, speaker.title, speaker.outlet, addedAt);
}

export function updateSpeaker(
  db: DatabaseSync,
  speakerId: string,
  fields: Pick<TranscriptSpeaker, 'name' | 'title' | 'outlet'>,
): void {
  db.prepare('UPDATE transcript_speakers SET name = ?, title = ?, outlet = ? WHERE id = ?').run(
    fields.name,
    fields.title,
    fields.outlet,
    speakerId,
  );
}
