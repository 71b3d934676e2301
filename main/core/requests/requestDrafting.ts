import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import {
  emptyContent,
  type EventForm,
  type RequestFields,
} from '../../../shared/domain/requests.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { storeAttachment } from '../attachments/attachmentStore.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { checkVisible, enforce, factsOf } from './requestAccess.ts';
import { currentContentHash } from './requestContentHash.ts';
import type { RequestDeps } from './requestDeps.ts';
import { loadRequest, requestDetail } from './requestDetail.ts';
import {
  addAttachmentLink,
  listDecisions,
  removeAttachmentLink,
  saveRequest,
  voidRoundDecisions,
  type RequestRecord,
} from './requestRepository.ts';

function activeUnit(db: DatabaseSync, unitId: string | null): string {
  const unit = unitId ? findUnit(db, unitId) : null;
  if (!unit) throw new AppError('no_unit', '您的账号未分配单位，不能起草报批。请联系管理员。');
  if (unit.retiredAt)
    throw new AppError('unit_retired', `单位“${unit.name}”已撤销，不能再起草报批。`);
  return unit.id;
}

function newDraft(db: DatabaseSync, actor: Actor, fields: RequestFields, now: Date): RequestRecord {
  const at = now.toISOString();
  const request: RequestRecord = {
    id: randomUUID(),
    origin: readInstallationValue(db, 'installationId') ?? 'local',
    fields,
    state: 'draft',
    draftedBy: actor.userId,
    draftedByName: actor.displayName,
    submittedBy: null,
    submittedAt: null,
    approvedHash: null,
    approvedAt: null,
    fastTracked: false,
    ratifiedAt: null,
    voidedReason: null,
    round: 0,
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  saveRequest(db, request);
  appendAudit(db, actor, now, {
    action: 'request.create',
    subjectKind: 'request',
    subjectId: request.id,
    details: { title: fields.title, unitId: fields.unitId, isEmergency: fields.isEmergency },
  });
  return request;
}

export function createRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:create'>,
  context: CallContext,
): RequestDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const fields: RequestFields = {
      unitId: activeUnit(db, actor.unitId),
      title: input.title ?? '',
      form: input.form ?? 'pressConference',
      startsAt: null,
      endsAt: null,
      venue: '',
      isEmergency: false,
      content: emptyContent,
    };
    return requestDetail(db, newDraft(db, actor, fields, context.now), actor, context.now);
  });
}

/** The news office opens a request on a unit's behalf for a major emergency (fast track follows). */
export function openEmergency(
  deps: RequestDeps,
  input: ParsedInput<'requests:openEmergency'>,
  context: CallContext,
  form: EventForm = 'pressConference',
): RequestDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const fields: RequestFields = {
      unitId: activeUnit(db, input.unitId),
      title: input.title,
      form,
      startsAt: null,
      endsAt: null,
      venue: '',
      isEmergency: true,
      content: {
        ...emptyContent,
        conferenceKind: form === 'pressConference' ? 'emergency' : null,
      },
    };
    return requestDetail(db, newDraft(db, actor, fields, context.now), actor, context.now);
  });
}

const changedParts = (before: RequestFields, after: RequestFields): string[] => {
  const parts: string[] = [];
  if (before.startsAt !== after.startsAt || before.endsAt !== after.endsAt) parts.push('时间');
  if (before.venue !== after.venue) parts.push('地点');
  if (before.title !== after.title) parts.push('主题');
  if (
    JSON.stringify(before.content) !== JSON.stringify(after.content) ||
    before.form !== after.form
  ) {
    parts.push('内容');
  }
  if (before.isEmergency !== after.isEmergency) parts.push('突发事件标记');
  return parts;
};

/**
 * Applies a change to an approved request's content: the approval no longer holds, the current
 * round's decisions are voided, and the request goes back for a new approval (已改期 when only the
 * time moved, otherwise back to 草稿).
 */
export function voidApproval(
  db: DatabaseSync,
  request: RequestRecord,
  parts: readonly string[],
  actor: Actor,
  now: Date,
): RequestRecord {
  const reason = `批准后变更了${parts.join('、')}，原审批已失效，需重新报批。`;
  voidRoundDecisions(db, request.id, request.round, now.toISOString());
  appendAudit(db, actor, now, {
    action: 'request.approvalVoided',
    subjectKind: 'request',
    subjectId: request.id,
    details: { changed: parts, approvedHash: request.approvedHash },
  });
  return {
    ...request,
    state: parts.length === 1 && parts[0] === '时间' ? 'rescheduled' : 'draft',
    voidedReason: reason,
  };
}

export function saveDraft(
  deps: RequestDeps,
  input: ParsedInput<'requests:saveDraft'>,
  context: CallContext,
): RequestDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const request = loadRequest(db, input.requestId);
    checkVisible(actor, request);
    enforce(factsOf(request, listDecisions(db, request.id)), actor, 'edit');
    if (input.revision !== request.revision) {
      throw new AppError('conflict', '该报批已在别处被修改。请刷新后再编辑，以免覆盖他人的修改。');
    }
    if (input.fields.unitId !== request.fields.unitId) {
      throw new AppError('invalid_input', '不能更改报批的申请单位。');
    }
    const fields = {
      ...input.fields,
      isEmergency: request.fields.isEmergency || input.fields.isEmergency,
    };
    const parts = changedParts(request.fields, fields);
    if (parts.length === 0) return requestDetail(db, request, actor, context.now);
    let updated: RequestRecord = {
      ...request,
      fields,
      revision: request.revision + 1,
      updatedAt: context.now.toISOString(),
    };
    if (request.state === 'approved')
      updated = voidApproval(db, updated, parts, actor, context.now);
    saveRequest(db, updated);
    appendAudit(db, actor, context.now, {
      action: 'request.save',
      subjectKind: 'request',
      subjectId: request.id,
      details: { changed: parts, revision: updated.revision },
    });
    return requestDetail(db, updated, actor, context.now);
  });
}

export function addAttachment(
  deps: RequestDeps,
  input: ParsedInput<'requests:addAttachment'>,
  context: CallContext,
): RequestDetail {
  const actor = requireActor(context);
  const { db } = deps;
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('invalid_input', '附件是空文件，未添加。');
  return changeAttachments(deps, input.requestId, actor, context.now, (request) => {
    const sha256 = storeAttachment(
      db,
      deps.attachmentsDir,
      bytes,
      input.mediaType || 'application/octet-stream',
      context.now,
    );
    addAttachmentLink(db, {
      requestId: request.id,
      sha256,
      fileName: input.fileName,
      addedBy: actor.userId,
      addedAt: context.now.toISOString(),
    });
    return {
      action: 'request.attachmentAdded',
      details: { fileName: input.fileName, sha256, size: bytes.length },
    };
  });
}

export function removeAttachment(
  deps: RequestDeps,
  input: ParsedInput<'requests:removeAttachment'>,
  context: CallContext,
): RequestDetail {
  const actor = requireActor(context);
  return changeAttachments(deps, input.requestId, actor, context.now, (request) => {
    if (removeAttachmentLink(deps.db, request.id, input.sha256, input.fileName) === 0) {
      throw new AppError('not_found', '该附件已不在此报批中。');
    }
    return {
      action: 'request.attachmentRemoved',
      details: { fileName: input.fileName, sha256: input.sha256 },
    };
  });
}

function changeAttachments(
  deps: RequestDeps,
  requestId: string,
  actor: Actor,
  now: Date,
  change: (request: RequestRecord) => { action: string; details: Record<string, unknown> },
): RequestDetail {
  const { db } = deps;
  return inTransaction(db, () => {
    const request = loadRequest(db, requestId);
    checkVisible(actor, request);
    enforce(factsOf(request, listDecisions(db, request.id)), actor, 'edit');
    const hashBefore = currentContentHash(db, request);
    const audit = change(request);
    let updated: RequestRecord = {
      ...request,
      revision: request.revision + 1,
      updatedAt: now.toISOString(),
    };
    if (request.state === 'approved' && currentContentHash(db, request) !== hashBefore) {
      updated = voidApproval(db, updated, ['附件'], actor, now);
    }
    saveRequest(db, updated);
    appendAudit(db, actor, now, { ...audit, subjectKind: 'request', subjectId: request.id });
    return requestDetail(db, updated, actor, now);
  });
}
