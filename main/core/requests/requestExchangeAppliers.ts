import type { DatabaseSync } from 'node:sqlite';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { notifyRequestChange } from '../notifications/requestNotifications.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import type { ApplyContext, ExchangeRegistry } from '../exchange/exchangeRegistry.ts';
import type { ExchangeRecord } from '../exchange/exchangeRecord.ts';
import { storeReceivedMaterials } from '../materials/materialSnapshot.ts';
import { currentContentHash } from './requestContentHash.ts';
import {
  addAttachmentLink,
  findRequest,
  insertDecision,
  saveRequest,
  type RequestRecord,
} from './requestRepository.ts';
import { parseSnapshot, type RequestSnapshot } from './requestSnapshot.ts';

export const requestRecordKinds = {
  submission: 'request.submission',
  decision: 'request.decision',
} as const;

const unplaceable = (message: string) => new AppError('exchange_unplaceable', message);

/** States in which the news office has taken the request over from the department. */
const decidedAtNewsOffice: readonly RequestState[] = [
  'authorityReview',
  'approved',
  'returned',
  'rejected',
];
/** States in which the department waits for the news office. */
const awaitingNewsOffice: readonly RequestState[] = [
  'newsOfficeReview',
  'authorityReview',
  'approved',
];

function storeSnapshot(
  db: DatabaseSync,
  snapshot: RequestSnapshot,
  record: RequestRecord,
  before: RequestState,
  context: ApplyContext,
): void {
  saveRequest(db, record);
  notifyRequestChange(db, before, record, context.actor, context.now);
  snapshot.decisions.forEach((decision) => insertDecision(db, record.id, decision));
  for (const attachment of snapshot.attachments) {
    addAttachmentLink(db, {
      requestId: record.id,
      sha256: attachment.sha256,
      fileName: attachment.fileName,
      addedBy: record.draftedBy,
      addedAt: attachment.addedAt,
    });
  }
}

/** At the news office: a department's request arrives (first time, a new round, or a withdrawal). */
function applySubmission(db: DatabaseSync, record: ExchangeRecord, context: ApplyContext): void {
  const snapshot = parseSnapshot(record.payload);
  const unitId = context.sender.unitId;
  if (!unitId) {
    throw unplaceable(
      `发送方“${context.sender.name}”登记时未选择对应的单位，无法放置其报批。请管理员重新登记并选择单位。`,
    );
  }
  const local = findRequest(db, snapshot.request.id);
  if (local && local.origin !== record.origin)
    throw unplaceable('数据包中的报批与本机已有的另一报批编号冲突，未导入任何内容。');
  if (local && snapshot.request.round < local.round) return;
  const sameRound = local !== null && snapshot.request.round === local.round;
  const retraction =
    snapshot.request.state === 'withdrawn' || snapshot.request.state === 'cancelled';
  if (sameRound && decidedAtNewsOffice.includes(local.state) && !retraction) return;
  const at = context.now.toISOString();
  storeSnapshot(
    db,
    snapshot,
    {
      ...snapshot.request,
      origin: record.origin,
      fields: { ...snapshot.request.fields, unitId },
      revision: (local?.revision ?? 0) + 1,
      updatedAt: at,
    },
    local?.state ?? 'draft',
    context,
  );
  storeReceivedMaterials(
    db,
    snapshot.request.id,
    snapshot.request.fields.title,
    snapshot.materials,
    context.actor,
    context.now,
  );
  appendAudit(db, context.actor, context.now, {
    action: 'request.received',
    subjectKind: 'request',
    subjectId: snapshot.request.id,
    details: {
      from: context.sender.name,
      state: snapshot.request.state,
      round: snapshot.request.round,
      recordId: record.id,
    },
  });
}

/** At the department: the news office's decisions on a request this installation sent. */
function applyDecision(db: DatabaseSync, record: ExchangeRecord, context: ApplyContext): void {
  const snapshot = parseSnapshot(record.payload);
  const local = findRequest(db, snapshot.request.id);
  if (!local || local.origin !== ownInstallationId(db)) {
    throw unplaceable(
      '数据包中的审批决定所涉的报批不在本工作台，无法导入。请确认数据包是发给本单位的。',
    );
  }
  if (snapshot.request.round !== local.round || !awaitingNewsOffice.includes(local.state)) return;
  const contentHash = currentContentHash(db, local);
  const approvedOtherContent =
    snapshot.request.state === 'approved' && snapshot.request.approvedHash !== contentHash;
  storeSnapshot(
    db,
    snapshot,
    {
      ...local,
      state: approvedOtherContent ? 'draft' : snapshot.request.state,
      approvedHash: snapshot.request.approvedHash,
      approvedAt: snapshot.request.approvedAt,
      fastTracked: snapshot.request.fastTracked,
      ratifiedAt: snapshot.request.ratifiedAt,
      voidedReason: approvedOtherContent
        ? '新闻办批准的内容与本机当前内容不一致，批准不能生效，需重新报批。'
        : local.voidedReason,
      revision: local.revision + 1,
      updatedAt: context.now.toISOString(),
    },
    local.state,
    context,
  );
  appendAudit(db, context.actor, context.now, {
    action: 'request.decisionReceived',
    subjectKind: 'request',
    subjectId: local.id,
    details: { from: context.sender.name, state: snapshot.request.state, recordId: record.id },
  });
}

export function registerRequestAppliers(registry: ExchangeRegistry): void {
  registry.register(requestRecordKinds.submission, applySubmission);
  registry.register(requestRecordKinds.decision, applyDecision);
}
