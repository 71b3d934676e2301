import type { DatabaseSync } from 'node:sqlite';
import type { TranscriptRecording } from '../../../shared/domain/transcripts.ts';

const columns = `id, media_type AS mediaType, started_at AS startedAt, bytes, chunks,
  duration_ms AS durationMs, finished_at AS finishedAt`;

export function listRecordings(db: DatabaseSync, requestId: string): TranscriptRecording[] {
  return db
    .prepare(
      `SELECT ${columns} FROM transcript_recordings WHERE request_id = ? ORDER BY started_at, id`,
    )
    .all(requestId) as unknown as TranscriptRecording[];
}

export function findRecording(
  db: DatabaseSync,
  requestId: string,
  recordingId: string,
): TranscriptRecording | null {
  const row = db
    .prepare(`SELECT ${columns} FROM transcript_recordings WHERE request_id = ? AND id = ?`)
    .get(requestId, recordingId) as TranscriptRecording | undefined;
  return row ? { ...row } : null;
}

export function insertRecording(
  db: DatabaseSync,
  requestId: string,
  recording: { id: string; mediaType: string; startedAt: string; startedBy: string },
): void {
  db.prepare(
    `INSERT INTO transcript_recordings (id, request_id, media_type, started_at, started_by)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(recording.id, requestId, recording.mediaType, recording.startedAt, recording.startedBy);
}

/** Records a chunk as written: only bytes counted here are served back or survive a crash. */
export function recordChunk(
  db: DatabaseSync,
  recordingId: string,
  chunk: { bytes: number; durationMs: number },
): void {
  db.prepare(
    `UPDATE transcript_recordings SET bytes = ?, chunks = chunks + 1, duration_ms = max(duration_ms, ?)
     WHERE id = ?`,
  ).run(chunk.bytes, chunk.durationMs, recordingId);
}

export function finishRecording(
  db: DatabaseSync,
  recordingId: string,
  finishedAt: string,
  sha256: string,
): void {
  db.prepare('UPDATE transcript_recordings SET finished_at = ?, sha256 = ? WHERE id = ?').run(
    finishedAt,
    sha256,
    recordingId,
  );
}
