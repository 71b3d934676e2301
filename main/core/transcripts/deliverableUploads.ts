import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Deliverable } from '../../../shared/domain/transcripts.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import {
  addDeliverableFile,
  deleteUpload,
  deliverableBelongsTo,
  findUpload,
  insertUpload,
  listDeliverables,
  setUploadReceived,
} from './deliverableRepository.ts';
import { appendDurably, createDurably } from './durableFile.ts';
import { storeStagedFile, uploadPath } from './storedFiles.ts';
import { changeTranscript, type TranscriptDeps } from './transcriptAccess.ts';

/**
 * Deliverables can be large (a full video runs to gigabytes), so a file arrives in chunks, each
 * appended durably to a staged file; the last moves it into the content-addressed store.
 */
export function beginUpload(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:beginUpload'>,
  context: CallContext,
): { uploadId: string } {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    if (!deliverableBelongsTo(deps.db, input.requestId, input.deliverableId)) {
      throw new AppError('not_found', '找不到这项材料，请刷新。');
    }
    const uploadId = randomUUID();
    createDurably(uploadPath(deps.attachmentsDir, uploadId));
    insertUpload(deps.db, {
      id: uploadId,
      deliverableId: input.deliverableId,
      fileName: input.fileName,
      mediaType: input.mediaType || 'application/octet-stream',
      size: input.size,
      startedBy: actor.userId,
      at: context.now.toISOString(),
    });
    return { uploadId };
  });
}

function loadUpload(deps: TranscriptDeps, requestId: string, uploadId: string) {
  const upload = findUpload(deps.db, uploadId);
  if (!upload || upload.requestId !== requestId) {
    throw new AppError('not_found', '上传已失效，请重新选择文件。');
  }
  return upload;
}

/** Appends a chunk at `offset`; a chunk sent again (its answer was lost) replaces itself. */
export function uploadChunk(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:uploadChunk'>,
  context: CallContext,
): { receivedBytes: number } {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', () => {
    const upload = loadUpload(deps, input.requestId, input.uploadId);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (input.offset > upload.receivedBytes || input.offset + bytes.length > upload.size) {
      throw new AppError('conflict', '上传的文件片段不连续，请重新选择文件。');
    }
    const received = appendDurably(uploadPath(deps.attachmentsDir, upload.id), input.offset, bytes);
    setUploadReceived(deps.db, upload.id, received);
    return { receivedBytes: received };
  });
}

export function finishUpload(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:finishUpload'>,
  context: CallContext,
): Deliverable[] {
  return changeTranscript(deps, input.requestId, context, 'manageDeliverables', (_event, actor) => {
    const upload = loadUpload(deps, input.requestId, input.uploadId);
    if (upload.receivedBytes !== upload.size) {
      throw new AppError('incomplete', '文件尚未上传完整，请重新选择文件。');
    }
    const staged = uploadPath(deps.attachmentsDir, upload.id);
    const stored = storeStagedFile(
      deps.db,
      deps.attachmentsDir,
      staged,
      upload.mediaType,
      context.now,
    );
    addDeliverableFile(deps.db, upload.deliverableId, {
      sha256: stored.sha256,
      fileName: upload.fileName,
      addedByName: actor.displayName,
      addedAt: context.now.toISOString(),
    });
    deleteUpload(deps.db, upload.id);
    rmSync(staged, { force: true });
    appendAudit(deps.db, actor, context.now, {
      action: 'transcript.deliverableFileAdded',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { deliverableId: upload.deliverableId, fileName: upload.fileName, ...stored },
    });
    return listDeliverables(deps.db, input.requestId);
  });
}
