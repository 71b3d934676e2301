import type { DatabaseSync } from 'node:sqlite';
import type { TranscriptQuestion } from '../../../shared/domain/transcripts.ts';

const columns = `id, reporter_id AS reporterId, text, answerer_id AS answererId, state,
  follow_up AS followUp, follow_up_note AS followUpNote, asked_at AS askedAt`;

export function listQuestions(db: DatabaseSync, requestId: string): TranscriptQuestion[] {
  return db
    .prepare(`SELECT ${columns} FROM transcript_questions WHERE request_id = ? ORDER BY position`)
    .all(requestId) as unknown as TranscriptQuestion[];
}

export function findQuestion(
  db: DatabaseSync,
  requestId: string,
  questionId: string,
): TranscriptQuestion | null {
  const row = db
    .prepare(`SELECT ${columns} FROM transcript_questions WHERE request_id = ? AND id = ?`)
    .get(requestId, questionId) as TranscriptQuestion | undefined;
  return row ? { ...row } : null;
}

export function insertQuestion(
  db: DatabaseSync,
  requestId: string,
  question: TranscriptQuestion,
): void {
  db.prepare(
    `INSERT INTO transcript_questions (id, request_id, position, reporter_id, text, answerer_id, state,
       follow_up, follow_up_note, asked_at, updated_at)
     VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM transcript_questions WHERE request_id = ?2),
       ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)`,
  ).run(
    question.id,
    requestId,
    question.reporterId,
    question.text,
    question.answererId,
    question.state,
    question.followUp,
    question.followUpNote,
    question.askedAt,
  );
}

export function updateQuestion(db: DatabaseSync, question: TranscriptQuestion, at: string): void {
  db.prepare(
    `UPDATE transcript_questions SET text = ?, answerer_id = ?, state = ?, follow_up = ?,
       follow_up_note = ?, updated_at = ? WHERE id = ?`,
  ).run(
    question.text,
    question.answererId,
    question.state,
    question.followUp,
    question.followUpNote,
    at,
    question.id,
  );
}
