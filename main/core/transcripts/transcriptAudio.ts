import { join } from 'node:path';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { AudioBytes } from '../../../shared/contract/transcriptChannels.ts';
import type { TranscriptRecording } from '../../../shared/domain/transcripts.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { appendDurably, createDurably, hashPrefix, readRange } from './durableFile.ts';
import {
  finishRecording as markFinished,
  findRecording,
  insertRecording,
  listRecordings,
  recordChunk,
} from './recordingRepository.ts';
import { changeTranscript, loadEvent, type TranscriptDeps } from './transcriptAccess.ts';

const extensions: Readonly<Record<string, string>> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};

/**
 * Recordings grow while the event runs, so they are not content-addressed; they live beside the
 * attachments (attachments/recordings/<event>/<recording>.webm), inside what a backup copies.
 */
export function recordingPath(
  attachmentsDir: string,
  requestId: string,
  recording: Pick<TranscriptRecording, 'id' | 'mediaType'>,
): string {
  const extension = extensions[recording.mediaType.split(';')[0]?.trim() ?? ''] ?? 'bin';
  return join(attachmentsDir, 'recordings', requestId, `${recording.id}.${extension}`);
}

function loadRecording(deps: TranscriptDeps, requestId: string, recordingId: string) {
  const recording = findRecording(deps.db, requestId, recordingId);
  if (!recording) throw new AppError('not_found', '找不到这段录音，请刷新。');
  return recording;
}

function finish(
  deps: TranscriptDeps,
  requestId: string,
  recording: TranscriptRecording,
  context: CallContext,
) {
  const sha256 = hashPrefix(
    recordingPath(deps.attachmentsDir, requestId, recording),
    recording.bytes,
  );
  markFinished(deps.db, recording.id, context.now.toISOString(), sha256);
  appendAudit(deps.db, context.actor, context.now, {
    action: 'transcript.recordingFinished',
    subjectKind: 'transcript',
    subjectId: requestId,
    details: {
      recordingId: recording.id,
      bytes: recording.bytes,
      durationMs: recording.durationMs,
      sha256,
    },
  });
}

/** A new recording; one left unfinished (a reload or a crash cut it off) is finished as it stands. */
export function beginRecording(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:beginRecording'>,
  context: CallContext,
): TranscriptRecording {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'capture', (_event, actor) => {
    const existing = findRecording(db, input.requestId, input.recordingId);
    if (existing) return existing;
    for (const open of listRecordings(db, input.requestId).filter((item) => !item.finishedAt)) {
      finish(deps, input.requestId, open, context);
    }
    const recording = {
      id: input.recordingId,
      mediaType: input.mediaType,
      startedAt: context.now.toISOString(),
      startedBy: actor.userId,
    };
    createDurably(recordingPath(deps.attachmentsDir, input.requestId, recording));
    insertRecording(db, input.requestId, recording);
    appendAudit(db, actor, context.now, {
      action: 'transcript.recordingStarted',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { recordingId: recording.id, mediaType: recording.mediaType },
    });
    return loadRecording(deps, input.requestId, input.recordingId);
  });
}

/**
 * Appends one chunk to the file (flushed to disk) and counts it in the database, in that order:
 * a chunk counted is a chunk kept. Chunks come numbered; a repeat is acknowledged, a gap refused.
 */
export function appendAudio(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:appendAudio'>,
  context: CallContext,
): TranscriptRecording {
  return changeTranscript(deps, input.requestId, context, 'editTurns', () => {
    const recording = loadRecording(deps, input.requestId, input.recordingId);
    if (recording.finishedAt) throw new AppError('invalid_state', '这段录音已经结束。');
    if (input.index < recording.chunks) return recording;
    if (input.index > recording.chunks) {
      throw new AppError('conflict', `录音缺少第 ${recording.chunks + 1} 段，请重新开始录音。`);
    }
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const size = appendDurably(
      recordingPath(deps.attachmentsDir, input.requestId, recording),
      recording.bytes,
      bytes,
    );
    recordChunk(deps.db, recording.id, { bytes: size, durationMs: input.elapsedMs });
    return loadRecording(deps, input.requestId, input.recordingId);
  });
}

export function finishRecording(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:finishRecording'>,
  context: CallContext,
): TranscriptRecording {
  return changeTranscript(deps, input.requestId, context, 'editTurns', () => {
    const recording = loadRecording(deps, input.requestId, input.recordingId);
    if (!recording.finishedAt) finish(deps, input.requestId, recording, context);
    return loadRecording(deps, input.requestId, input.recordingId);
  });
}

/** A piece of a recording, as far as it has been counted. */
export function readAudio(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:readAudio'>,
  context: CallContext,
): AudioBytes {
  loadEvent(deps.db, input.requestId, requireActor(context));
  const recording = loadRecording(deps, input.requestId, input.recordingId);
  const length = Math.max(0, Math.min(input.length, recording.bytes - input.offset));
  const bytes =
    length === 0
      ? Buffer.alloc(0)
      : readRange(
          recordingPath(deps.attachmentsDir, input.requestId, recording),
          input.offset,
          length,
        );
  return {
    contentBase64: bytes.toString('base64'),
    totalBytes: recording.bytes,
    mediaType: recording.mediaType,
  };
}
