import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { EvaluationView } from '../../../shared/domain/evaluation.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import type { CallContext } from '../callContext.ts';
import { exportPendingPackage } from '../exchange/pendingPackage.ts';
import { loadEvent } from '../transcripts/transcriptAccess.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { ApplyContext, ExchangeRegistry } from '../exchange/exchangeRegistry.ts';
import type { ExchangeRecord } from '../exchange/exchangeRecord.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import { findActivePeerForUnit } from '../exchange/peerRepository.ts';
import { findRequest } from '../requests/requestRepository.ts';
import { findReceivedReview, saveReceivedReview } from './receivedReviewRepository.ts';
import { reviewRecordPayload, type ReviewRecordPayload } from './reviewRecord.ts';

export const evaluationRecordKind = 'evaluation.reviewed';

const unplaceable = (message: string) => new AppError('exchange_unplaceable', message);

/**
 * At the news office, inside the transaction of a mark: the review as it now stands goes to the
 * installation that speaks for the event's unit, when one is registered (as a request's decisions
 * do); it travels with the next package to that installation.
 */
export function sendReview(
  db: DatabaseSync,
  view: EvaluationView,
  unitId: string,
  actor: Actor,
  now: Date,
): void {
  const peer = findActivePeerForUnit(db, unitId);
  if (!peer) return;
  const payload: ReviewRecordPayload = {
    requestId: view.event.requestId,
    title: view.event.title,
    reviewedByName: view.reviewedByName,
    reviewedAt: view.reviewedAt,
    hasRecording: view.hasRecording,
    sentAt: now.toISOString(),
    findings: view.findings.map((finding) => ({
      ...finding,
      turn: finding.turn ? { ...finding.turn, spans: [...finding.turn.spans] } : null,
      source: finding.source ? { ...finding.source, spans: [...finding.source.spans] } : null,
      words: [...finding.words],
    })),
  };
  const record = appendOutgoingRecord(
    db,
    {
      kind: evaluationRecordKind,
      to: peer.installationId,
      refs: { requestId: view.event.requestId },
      payload,
    },
    now,
  );
  appendAudit(db, actor, now, {
    action: 'evaluation.sent',
    subjectKind: 'evaluation',
    subjectId: view.event.requestId,
    details: {
      to: peer.name,
      recordId: record.id,
      findings: payload.findings.length,
      marked: payload.findings.filter((finding) => finding.mark !== null).length,
    },
  });
}

/** At the department: the news office's review of one of its events, kept read-only. */
function applyReview(db: DatabaseSync, record: ExchangeRecord, context: ApplyContext): void {
  const parsed = reviewRecordPayload.safeParse(record.payload);
  if (!parsed.success || parsed.data.requestId !== record.refs['requestId']) {
    throw unplaceable('数据包中的发布评估格式不正确（可能来自不兼容的版本），未导入任何内容。');
  }
  const review = parsed.data;
  if (!findRequest(db, review.requestId)) {
    throw unplaceable(
      `数据包中的发布评估所涉活动“${review.title}”不在本工作台，未导入任何内容。请确认数据包是发给本单位的。`,
    );
  }
  const held = findReceivedReview(db, review.requestId);
  // Records of one stream arrive in order; this only guards against an older stream's leftovers.
  if (held && held.origin === record.origin && held.recordSeq >= record.seq) return;
  saveReceivedReview(db, {
    requestId: review.requestId,
    origin: record.origin,
    originName: context.sender.name,
    recordId: record.id,
    recordSeq: record.seq,
    sentAt: review.sentAt,
    receivedAt: context.now.toISOString(),
    review,
  });
  appendAudit(db, context.actor, context.now, {
    action: 'evaluation.received',
    subjectKind: 'evaluation',
    subjectId: review.requestId,
    details: {
      from: context.sender.name,
      recordId: record.id,
      findings: review.findings.length,
      marked: review.findings.filter((finding) => finding.mark !== null).length,
    },
  });
}

export function registerEvaluationAppliers(registry: ExchangeRegistry): void {
  registry.register(evaluationRecordKind, applyReview);
}

/**
 * The news office's package to the event's unit: everything it has not yet confirmed, the latest
 * review among it. Refused where the unit has no registered installation.
 */
export function exportReviewPackage(
  db: DatabaseSync,
  attachmentsDir: string,
  requestId: string,
  context: CallContext,
): ExportedFile {
  const actor = requireActor(context);
  const { request } = loadEvent(db, requestId, actor);
  if (!actor.roles.includes('newsOfficeReviewer')) {
    throw new AppError('forbidden', '只有新闻办可以发送发布评估。');
  }
  const peer = findActivePeerForUnit(db, request.fields.unitId);
  if (!peer) {
    throw new AppError(
      'exchange_unknown_peer',
      '该活动的单位没有登记工作台，发布评估不需要导出数据包。',
    );
  }
  return exportPendingPackage(db, attachmentsDir, peer, actor, context.now);
}

/** The installation a review of this unit's event goes to, if one is registered. */
export const reviewRecipient = (db: DatabaseSync, unitId: string): string | null =>
  findActivePeerForUnit(db, unitId)?.name ?? null;
