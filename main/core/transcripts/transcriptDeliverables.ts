import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import type { Deliverable } from '../../../shared/domain/transcripts.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import {
  addDeliverableFile,
  deleteDeliverable,
  deliverableBelongsTo,
  insertDeliverable,
  listDeliverables,
  removeDeliverableFile,
  updateDeliverable,
} from './deliverableRepository.ts';
import { findRecording } from './recordingRepository.ts';
import { stageCopy, storeStagedFile, uploadPath } from './storedFiles.ts';
import { changeTranscript, loadEvent, type TranscriptDeps } from './transcriptAccess.ts';
import { recordingPath } from './transcriptAudio.ts';
import { recordClosing } from './transcriptRepository.ts';
import { transcriptView } from './transcriptView.ts';

function checkDeliverable(deps: TranscriptDeps, requestId: string, deliverableId: string): void {
  if (!deliverableBelongsTo(deps.db, requestId, deliverableId)) {
    throw new AppError('not_found', '找不到这项材料，请刷新。');
  }
}

function audit(
  deps: TranscriptDeps,
  actor: Actor,
  context: CallContext,
  requestId: string,
  action: string,
  details: Record<string, unknown>,
): void {
  appendAudit(deps.db, actor, context.now, {
    action: `transcript.${action}`,
    subjectKind: 'transcript',
    subjectId: requestId,
    details,
  });
}

export function addDeliverable(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:addDeliverable'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    const id = randomUUID();
    insertDeliverable(deps.db, input.requestId, id, input);
    audit(deps, actor, context, input.requestId, 'deliverableAdded', {
      deliverableId: id,
      name: input.name,
      required: input.required,
      minFiles: input.minFiles,
    });
    return listDeliverables(deps.db, input.requestId);
  });
}

export function changeDeliverable(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:updateDeliverable'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    checkDeliverable(deps, input.requestId, input.deliverableId);
    updateDeliverable(deps.db, input.deliverableId, input);
    audit(deps, actor, context, input.requestId, 'deliverableChanged', {
      deliverableId: input.deliverableId,
      name: input.name,
      required: input.required,
      minFiles: input.minFiles,
    });
    return listDeliverables(deps.db, input.requestId);
  });
}

export function removeDeliverable(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:removeDeliverable'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    checkDeliverable(deps, input.requestId, input.deliverableId);
    const deliverable = listDeliverables(deps.db, input.requestId).find(
      (item) => item.id === input.deliverableId,
    );
    if (deliverable && deliverable.files.length > 0) {
      throw new AppError('invalid_state', '该项下还有文件，请先移除文件再删除此项。');
    }
    deleteDeliverable(deps.db, input.deliverableId);
    audit(deps, actor, context, input.requestId, 'deliverableRemoved', {
      deliverableId: input.deliverableId,
    });
    return listDeliverables(deps.db, input.requestId);
  });
}

export function removeFile(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:removeDeliverableFile'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    checkDeliverable(deps, input.requestId, input.deliverableId);
    if (removeDeliverableFile(deps.db, input.deliverableId, input.sha256) === 0) {
      throw new AppError('not_found', '该项下没有这个文件，请刷新。');
    }
    audit(deps, actor, context, input.requestId, 'deliverableFileRemoved', {
      deliverableId: input.deliverableId,
      sha256: input.sha256,
    });
    return listDeliverables(deps.db, input.requestId);
  });
}

/** Attaches a finished recording of the event, e.g. as its 全程录音. */
export function attachRecording(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:attachRecording'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    checkDeliverable(deps, input.requestId, input.deliverableId);
    const recording = findRecording(deps.db, input.requestId, input.recordingId);
    if (!recording) throw new AppError('not_found', '找不到这段录音，请刷新。');
    if (!recording.finishedAt)
      throw new AppError('invalid_state', '请先停止录音，再把它作为材料提交。');
    if (recording.bytes === 0) throw new AppError('invalid_state', '这段录音是空的。');
    const staged = uploadPath(deps.attachmentsDir, randomUUID());
    stageCopy(
      recordingPath(deps.attachmentsDir, input.requestId, recording),
      staged,
      recording.bytes,
    );
    const stored = storeStagedFile(
      deps.db,
      deps.attachmentsDir,
      staged,
      recording.mediaType,
      context.now,
    );
    const extension = recordingPath('', input.requestId, recording).split('.').at(-1) ?? 'webm';
    const fileName = `现场录音-${recording.startedAt.slice(0, 10)}-${recording.id.slice(0, 8)}.${extension}`;
    addDeliverableFile(deps.db, input.deliverableId, {
      sha256: stored.sha256,
      fileName,
      addedByName: actor.displayName,
      addedAt: context.now.toISOString(),
    });
    audit(deps, actor, context, input.requestId, 'deliverableFileAdded', {
      deliverableId: input.deliverableId,
      fileName,
      ...stored,
    });
    return listDeliverables(deps.db, input.requestId);
  });
}

/** Closes the event's on-site records: refused while a required deliverable is missing. */
export function closeEvent(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
): TranscriptView {
  return changeTranscript(deps, requestId, context, 'close', (_event, actor) => {
    recordClosing(deps.db, requestId, context.now.toISOString(), actor.displayName);
    const deliverables = listDeliverables(deps.db, requestId).map((item) => ({
      name: item.name,
      files: item.files.map((file) => file.sha256),
    }));
    audit(deps, actor, context, requestId, 'closed', { deliverables });
    return transcriptView(deps.db, loadEvent(deps.db, requestId, actor), actor);
  });
}
