import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { SpeakerRole } from '../../../../shared/domain/transcripts.ts';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import { approvedRequest } from './fixtureAtVersion3.ts';
import { fixtureUsers } from './fixtureCounty.ts';
import {
  auditRow,
  fixtureId,
  indexRow,
  insertRow,
  storeFile,
  type FixtureContext,
} from './fixtureRows.ts';

const { drafter, reviewer } = fixtureUsers;
const requestId = approvedRequest.id;
const subject = ['transcript', requestId] as const;
const textHash = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const speaker = (
  position: number,
  role: SpeakerRole,
  name: string,
  title: string,
  outlet = '',
) => ({
  id: fixtureId(`speaker ${position}`),
  position,
  role,
  name,
  title,
  outlet,
});

/** The transcript of the approved request's event: who spoke, and what (turn 2 was corrected). */
export const transcriptSpeakers = {
  host: speaker(1, 'host', '刘审核', '县政府新闻办公室副主任'),
  mainSpeaker: speaker(2, 'mainSpeaker', '王局长', '县教育体育局局长'),
  spokesperson: speaker(3, 'spokesperson', '钱发言', '县教育体育局新闻发言人'),
  reporter: speaker(4, 'reporter', '孙记者', '', '县融媒体中心'),
};

const { host, mainSpeaker, spokesperson, reporter } = transcriptSpeakers;

export const transcriptTurns = [
  {
    speaker: host,
    text: '各位记者朋友，大家上午好！现在开始今天的新闻发布会。',
    at: '2026-06-18T01:30:05.000Z',
  },
  {
    speaker: mainSpeaker,
    firstText: '上半年全县新增学位一千个。',
    text: '上半年全县新增学位一千二百个，新建改扩建学校三所。',
    at: '2026-06-18T01:32:40.000Z',
  },
  { speaker: reporter, text: '请问今年秋季学期学位是否充足？', at: '2026-06-18T01:50:10.000Z' },
  {
    speaker: spokesperson,
    text: '今年秋季全县学位总体充足，按划片就近入学。',
    at: '2026-06-18T01:51:00.000Z',
  },
].map((turn, index) => ({ ...turn, id: fixtureId(`turn ${index + 1}`), seq: index + 1 }));

export const turnEditedAt = '2026-06-18T02:40:00.000Z';
export const unsavedLine = '感谢各位记者，今天的发布会到此结束。';
export const recordingBytes = Buffer.from('\x1aE\xdf\xa3 fixture webm audio of the event');
export const recordingId = fixtureId('recording');
const recordingDurationMs = 4_170_000;
export const photo = {
  fileName: '现场照片-1.jpg',
  bytes: Buffer.from('\xff\xd8\xff fixture photo'),
};
export const deliverables = [
  { id: fixtureId('deliverable photos'), name: '现场照片' },
  { id: fixtureId('deliverable release'), name: '新闻通稿（发布稿）' },
];
export const startedAt = '2026-06-18T01:25:00.000Z';

/**
 * Schema 6 (transcripts): the approved request's event taken down live: speakers, turns with a
 * correction, the note-taker's unsent line, a recording, a question with a follow-up, the
 * deliverables (one with a photo, one upload cut off), and the review.
 */
export function writeVersion6(context: FixtureContext): void {
  const { db } = context;
  insertRow(db, 'transcripts', {
    request_id: requestId,
    started_at: startedAt,
    started_by: drafter.id,
  });
  for (const person of Object.values(transcriptSpeakers)) {
    insertRow(db, 'transcript_speakers', { ...person, request_id: requestId, added_at: startedAt });
  }
  auditRow(db, drafter, startedAt, 'transcript.started', subject, { speakers: 3 });
  auditRow(db, drafter, startedAt, 'transcript.speakerAdded', subject, {
    speakerId: reporter.id,
    role: reporter.role,
    name: reporter.name,
    outlet: reporter.outlet,
  });
  writeRecording(context);
  for (const turn of transcriptTurns) {
    const text = turn.firstText ?? turn.text;
    insertRow(db, 'transcript_turns', {
      id: turn.id,
      request_id: requestId,
      seq: turn.seq,
      speaker_id: turn.speaker.id,
      text,
      spoken_at: turn.at,
      offset_ms: Date.parse(turn.at) - Date.parse(startedAt),
      revision: 1,
      committed_by: drafter.id,
      committed_by_name: drafter.displayName,
      committed_at: turn.at,
    });
    insertRevision(db, turn.id, 1, turn.speaker.id, text, turn.at);
    indexRow(db, {
      kind: 'transcriptTurn',
      refId: turn.id,
      title: speakerLabel(turn.speaker),
      body: text,
      updatedAt: turn.at,
    });
    auditRow(db, drafter, turn.at, 'transcript.turnCommitted', subject, {
      turnId: turn.id,
      seq: turn.seq,
      speakerId: turn.speaker.id,
      textSha256: textHash(text),
    });
    // The reporter's question joins the queue as it is asked.
    if (turn.speaker === reporter) writeQuestion(db);
  }
  db.prepare('UPDATE transcripts SET ended_at = ?, revision = ? WHERE request_id = ?').run(
    '2026-06-18T02:35:00.000Z',
    transcriptTurns.length,
    requestId,
  );
  auditRow(db, drafter, '2026-06-18T02:35:00.000Z', 'transcript.recordingFinished', subject, {
    recordingId,
    bytes: recordingBytes.length,
    durationMs: recordingDurationMs,
    sha256: textHash(recordingBytes),
  });
  auditRow(db, drafter, '2026-06-18T02:35:00.000Z', 'transcript.ended', subject);
  const corrected = transcriptTurns[1];
  if (corrected) {
    db.prepare('UPDATE transcript_turns SET text = ?, revision = 2 WHERE id = ?').run(
      corrected.text,
      corrected.id,
    );
    insertRevision(db, corrected.id, 2, corrected.speaker.id, corrected.text, turnEditedAt);
    indexRow(db, {
      kind: 'transcriptTurn',
      refId: corrected.id,
      title: speakerLabel(corrected.speaker),
      body: corrected.text,
      updatedAt: turnEditedAt,
    });
    auditRow(db, drafter, turnEditedAt, 'transcript.turnEdited', subject, {
      turnId: corrected.id,
      revision: 2,
      textSha256: textHash(corrected.text),
    });
  }
  insertRow(db, 'transcript_drafts', {
    request_id: requestId,
    user_id: drafter.id,
    speaker_id: host.id,
    text: unsavedLine,
    started_at: '2026-06-18T02:34:30.000Z',
    updated_at: '2026-06-18T02:34:50.000Z',
  });
  writeDeliverables(context);
  const revision = transcriptTurns.length + 1;
  db.prepare(
    `UPDATE transcripts SET revision = ?, reviewed_revision = ?, reviewed_by = ?, reviewed_by_name = ?,
       reviewed_at = ? WHERE request_id = ?`,
  ).run(
    revision,
    revision,
    reviewer.id,
    reviewer.displayName,
    '2026-06-19T02:00:00.000Z',
    requestId,
  );
  auditRow(db, reviewer, '2026-06-19T02:00:00.000Z', 'transcript.reviewed', subject, { revision });
}

function insertRevision(
  db: DatabaseSync,
  turnId: string,
  revision: number,
  speakerId: string,
  text: string,
  at: string,
) {
  insertRow(db, 'transcript_turn_revisions', {
    turn_id: turnId,
    revision,
    speaker_id: speakerId,
    text,
    edited_by: drafter.id,
    edited_by_name: drafter.displayName,
    edited_at: at,
  });
}

function writeRecording({ db, attachmentsDir }: FixtureContext): void {
  const folder = join(attachmentsDir, 'recordings', requestId);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${recordingId}.webm`), recordingBytes);
  insertRow(db, 'transcript_recordings', {
    id: recordingId,
    request_id: requestId,
    media_type: 'audio/webm',
    started_at: '2026-06-18T01:25:30.000Z',
    started_by: drafter.id,
    bytes: recordingBytes.length,
    chunks: 3,
    duration_ms: recordingDurationMs,
    finished_at: '2026-06-18T02:35:00.000Z',
    sha256: textHash(recordingBytes),
  });
  auditRow(db, drafter, '2026-06-18T01:25:30.000Z', 'transcript.recordingStarted', subject, {
    recordingId,
    mediaType: 'audio/webm',
  });
}

export const question = {
  id: fixtureId('question 1'),
  text: '秋季学期学位是否充足？',
  followUpNote: '会后提供分学段学位数据。',
};

function writeQuestion(db: DatabaseSync): void {
  insertRow(db, 'transcript_questions', {
    id: question.id,
    request_id: requestId,
    position: 1,
    reporter_id: reporter.id,
    text: question.text,
    answerer_id: spokesperson.id,
    state: 'answered',
    follow_up: 'open',
    follow_up_note: question.followUpNote,
    asked_at: '2026-06-18T01:50:20.000Z',
    updated_at: '2026-06-18T01:52:00.000Z',
  });
  auditRow(db, drafter, '2026-06-18T01:50:20.000Z', 'transcript.questionAdded', subject, {
    questionId: question.id,
    reporterId: reporter.id,
  });
}

function writeDeliverables(context: FixtureContext): void {
  const { db } = context;
  deliverables.forEach((deliverable, index) =>
    insertRow(db, 'transcript_deliverables', {
      ...deliverable,
      request_id: requestId,
      position: index + 1,
      required: 1,
      min_files: 1,
    }),
  );
  const [photos, release] = deliverables;
  const addedAt = '2026-06-18T03:00:00.000Z';
  const file = storeFile(context, photo.bytes, 'image/jpeg', addedAt);
  insertRow(db, 'transcript_deliverable_files', {
    deliverable_id: photos?.id ?? '',
    sha256: file.sha256,
    file_name: photo.fileName,
    added_by_name: drafter.displayName,
    added_at: addedAt,
  });
  auditRow(db, drafter, addedAt, 'transcript.deliverableFileAdded', subject, {
    deliverableId: photos?.id,
    fileName: photo.fileName,
    ...file,
  });
  insertRow(db, 'transcript_uploads', {
    id: fixtureId('upload release'),
    deliverable_id: release?.id ?? '',
    file_name: '新闻通稿.docx',
    media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: 20_480,
    received_bytes: 8_192,
    started_by: drafter.id,
    started_at: '2026-06-19T01:00:00.000Z',
  });
}
