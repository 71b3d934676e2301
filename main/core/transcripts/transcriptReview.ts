import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { RequestFields } from '../../../shared/domain/requests.ts';
import type { TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import { transcriptRefusal } from '../../../shared/rules/transcriptRules.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { CallContext } from '../callContext.ts';
import { listSpeakers } from './speakerRepository.ts';
import {
  changeTranscript,
  factsOf,
  loadEvent,
  requireTranscript,
  type TranscriptDeps,
} from './transcriptAccess.ts';
import { transcriptDocument } from './transcriptDocument.ts';
import { recordReview } from './transcriptRepository.ts';
import { transcriptView } from './transcriptView.ts';
import { listTurns, noteTakers } from './turnRepository.ts';

/**
 * Marks the transcript reviewed, by someone who took no part in writing it, bound to the revision
 * the reviewer saw: an edit afterwards needs a new review.
 */
export function reviewTranscript(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:review'>,
  context: CallContext,
): TranscriptView {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'review', (event, actor) => {
    const transcript = requireTranscript(event);
    if (transcript.revision !== input.revision) {
      throw new AppError('conflict', '审核期间实录又有修改。请刷新，看过最新内容后再审核。');
    }
    recordReview(db, input.requestId, {
      revision: transcript.revision,
      by: actor.userId,
      byName: actor.displayName,
      at: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'transcript.reviewed',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { revision: transcript.revision },
    });
    return transcriptView(db, loadEvent(db, input.requestId, actor), actor);
  });
}

/** The 文字实录 Word file of an event's transcript as it stands, named to sort by date and unit. */
export async function transcriptWordFile(
  db: DatabaseSync,
  request: { readonly id: string; readonly fields: RequestFields },
  transcript: { readonly startedAt: string; readonly reviewedByName: string | null },
): Promise<{ fileName: string; bytes: Buffer; sha256: string }> {
  const { fields } = request;
  const document = transcriptDocument({
    fields,
    startedAt: transcript.startedAt,
    speakers: listSpeakers(db, request.id),
    turns: listTurns(db, request.id),
    noteTakerNames: noteTakers(db, request.id).map((taker) => taker.name),
    reviewedByName: transcript.reviewedByName ?? '',
  });
  const bytes = await buildOfficialDocx(document);
  const date = shanghaiDate(new Date(fields.startsAt ?? transcript.startedAt)).replaceAll('-', '');
  const unitName = findUnit(db, fields.unitId)?.name ?? '';
  return {
    fileName: `${date}-${unitName}-文字实录.docx`,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The 文字实录 Word file, only of a reviewed transcript as it was reviewed; audited with its hash. */
export async function exportTranscript(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
): Promise<ExportedFile> {
  const { db } = deps;
  const actor = requireActor(context);
  const event = loadEvent(db, requestId, actor);
  const refusal = transcriptRefusal(factsOf(db, event, 'light'), actor, 'export');
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const transcript = requireTranscript(event);
  const { fileName, bytes, sha256 } = await transcriptWordFile(db, event.request, transcript);
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'transcript.exportDocument',
      subjectKind: 'transcript',
      subjectId: requestId,
      details: { fileName, sha256, revision: transcript.revision },
    }),
  );
  return { fileName, mediaType: docxMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
