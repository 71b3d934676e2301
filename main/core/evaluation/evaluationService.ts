import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { EvaluationView } from '../../../shared/domain/evaluation.ts';
import type { LibraryAnswer } from '../../../shared/domain/materialAnswers.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import { getAnswer, saveAnswer } from '../materials/answerService.ts';
import { findAnswerFromSource } from '../materials/libraryRepository.ts';
import { listRecordings } from '../transcripts/recordingRepository.ts';
import { listSpeakers } from '../transcripts/speakerRepository.ts';
import { listTurns } from '../transcripts/turnRepository.ts';
import { evaluationDocument } from './evaluationDocument.ts';
import { reviewRecipient, sendReview } from './evaluationExchange.ts';
import { listMarks, saveMark } from './evaluationRepository.ts';
import {
  evaluatedEvent,
  mayReadEvaluation,
  requireFinding,
  type EvaluatedEvent,
} from './evaluationSource.ts';
import { findReceivedReview } from './receivedReviewRepository.ts';
import { loadEvent } from '../transcripts/transcriptAccess.ts';

const isNewsOffice = (actor: Actor): boolean => actor.roles.includes('newsOfficeReviewer');

function viewOf(db: DatabaseSync, event: EvaluatedEvent, actor: Actor): EvaluationView {
  const { request, transcript } = event;
  const marks = listMarks(db, request.id);
  return {
    event: {
      requestId: request.id,
      title: request.fields.title,
      unitName: findUnit(db, request.fields.unitId)?.name ?? '',
      state: request.state,
      startsAt: request.fields.startsAt,
    },
    reviewedByName: transcript.reviewedByName ?? '',
    reviewedAt: transcript.reviewedAt,
    hasRecording: listRecordings(db, request.id).length > 0,
    findings: event.findings.map((finding) => ({
      ...finding,
      mark: marks.get(finding.key) ?? null,
    })),
    canMark: isNewsOffice(actor),
    canAddToLibrary: hasPermission(actor.roles, 'answers.manage'),
    received: null,
    sendsTo: isNewsOffice(actor) ? reviewRecipient(db, request.fields.unitId) : null,
  };
}

/**
 * The news office's review as this installation received it: shown as it arrived, read-only,
 * whatever transcript this installation holds itself.
 */
function receivedViewOf(db: DatabaseSync, requestId: string, actor: Actor): EvaluationView | null {
  const received = findReceivedReview(db, requestId);
  if (!received) return null;
  const { request } = loadEvent(db, requestId, actor);
  if (!mayReadEvaluation(actor, request)) {
    throw new AppError('forbidden', '发布评估仅限新闻办和发布单位查看。');
  }
  const { review } = received;
  return {
    event: {
      requestId: request.id,
      title: request.fields.title,
      unitName: findUnit(db, request.fields.unitId)?.name ?? '',
      state: request.state,
      startsAt: request.fields.startsAt,
    },
    reviewedByName: review.reviewedByName,
    reviewedAt: review.reviewedAt,
    hasRecording: review.hasRecording,
    findings: review.findings,
    canMark: false,
    canAddToLibrary: false,
    received: {
      fromName: received.originName,
      sentAt: received.sentAt,
      receivedAt: received.receivedAt,
    },
    sendsTo: null,
  };
}

/** The 发布评估 of an event with a reviewed transcript: the news office and the event's unit. */
export function getEvaluation(
  db: DatabaseSync,
  requestId: string,
  context: CallContext,
): EvaluationView {
  const actor = requireActor(context);
  return (
    receivedViewOf(db, requestId, actor) ?? viewOf(db, evaluatedEvent(db, requestId, actor), actor)
  );
}

/** The news office marks a finding 已核实 or 无问题, with a note; every mark is audited. */
export function markFinding(
  db: DatabaseSync,
  input: ParsedInput<'evaluation:mark'>,
  context: CallContext,
): EvaluationView {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    const event = evaluatedEvent(db, input.requestId, actor);
    if (!isNewsOffice(actor)) throw new AppError('forbidden', '只有新闻办可以核实评估发现。');
    const finding = requireFinding(event, input.findingKey);
    saveMark(db, input.requestId, finding.key, {
      status: input.status,
      note: input.note,
      markedBy: actor.userId,
      markedByName: actor.displayName,
      markedAt: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'evaluation.marked',
      subjectKind: 'evaluation',
      subjectId: input.requestId,
      details: {
        findingKey: finding.key,
        kind: finding.kind,
        turnSeq: finding.turn?.seq ?? null,
        status: input.status,
        note: input.note,
      },
    });
    const view = viewOf(db, event, actor);
    sendReview(db, view, event.request.fields.unitId, actor, context.now);
    return view;
  });
}

const oneLine = (text: string, max: number): string =>
  Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join('');

/**
 * 加入口径库: a draft answer owned by the event's unit, from a question no 口径 prepared, with what
 * was answered on the day as its first text for the unit to rework.
 */
export function addFindingToLibrary(
  db: DatabaseSync,
  input: ParsedInput<'evaluation:addToLibrary'>,
  context: CallContext,
): LibraryAnswer {
  const actor = requireActor(context);
  const event = evaluatedEvent(db, input.requestId, actor);
  const finding = requireFinding(event, input.findingKey);
  if (finding.kind !== 'questionUnprepared' || !finding.turn) {
    throw new AppError('invalid_state', '只有无准备口径的提问可以加入口径库。');
  }
  const asked = finding.turn;
  const ownerUnitId = event.request.fields.unitId;
  const source = oneLine(`${event.request.fields.title}·发布评估·第${asked.seq}段提问`, 500);
  // Clicked twice (or by two reviewers), the question still makes one draft: the first one.
  const drafted = findAnswerFromSource(db, ownerUnitId, source);
  if (drafted) return getAnswer(db, drafted.id, context);
  const officials = new Set(
    listSpeakers(db, input.requestId)
      .filter((speaker) => speaker.role !== 'reporter' && speaker.role !== 'host')
      .map((speaker) => speaker.id),
  );
  const reply = listTurns(db, input.requestId).find(
    (turn) => turn.seq > asked.seq && officials.has(turn.speakerId),
  );
  return saveAnswer(
    db,
    {
      question: oneLine(finding.question ?? asked.text, 500),
      answer: Array.from(reply?.text ?? '')
        .slice(0, 10_000)
        .join(''),
      maySay: '',
      mayNotSay: '',
      ownerUnitId,
      source,
      validUntil: null,
      status: 'draft',
    },
    context,
  );
}

/** The 发布评估 as a Word file in the office's document layout; audited with its hash. */
export async function exportEvaluation(
  db: DatabaseSync,
  requestId: string,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const view = getEvaluation(db, requestId, context);
  const bytes = await buildOfficialDocx(
    evaluationDocument({
      title: view.event.title,
      unitName: view.event.unitName,
      startsAt: view.event.startsAt,
      reviewedByName: view.reviewedByName,
      findings: view.findings,
      hasRecording: view.hasRecording,
    }),
  );
  const date = shanghaiDate(new Date(view.event.startsAt ?? view.reviewedAt)).replaceAll('-', '');
  const fileName = `${date}-${view.event.unitName}-发布评估.docx`;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'evaluation.exportDocument',
      subjectKind: 'evaluation',
      subjectId: requestId,
      details: { fileName, sha256, findings: view.findings.length },
    }),
  );
  return { fileName, mediaType: docxMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
