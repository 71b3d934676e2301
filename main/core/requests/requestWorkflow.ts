import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import type { Decision, DecisionKind, DecisionLevel } from '../../../shared/domain/requests.ts';
import { problemsForSubmission } from '../../../shared/rules/requestValidation.ts';
import {
  levelOfState,
  stateAfterDecision,
  type RequestAction,
} from '../../../shared/rules/requestWorkflow.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { notifyRequestChange } from '../notifications/requestNotifications.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { materialProblemsOf } from '../materials/materialGate.ts';
import { versionEventMaterials } from '../materials/materialVersions.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { checkVisible, enforce, factsOf } from './requestAccess.ts';
import { currentContentHash } from './requestContentHash.ts';
import { loadRequest, requestDetail } from './requestDetail.ts';
import type { RequestDeps } from './requestDeps.ts';
import { voidApproval } from './requestDrafting.ts';
import { sendThroughHubIfSet } from './requestExchange.ts';
import {
  insertDecision,
  listDecisions,
  saveRequest,
  type RequestRecord,
} from './requestRepository.ts';

interface Transition {
  readonly action: RequestAction;
  readonly change: (request: RequestRecord, actor: Actor, now: Date) => RequestRecord;
  readonly auditDetails?: Record<string, unknown>;
}

/** Loads, checks the rule for `action`, applies the change, audits it: all in one transaction. */
function transition(
  deps: RequestDeps,
  requestId: string,
  context: CallContext,
  step: Transition,
): RequestDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const request = loadRequest(db, requestId);
    checkVisible(actor, request);
    enforce(factsOf(request, listDecisions(db, request.id)), actor, step.action);
    const changed = step.change(request, actor, context.now);
    const updated = {
      ...changed,
      revision: request.revision + 1,
      updatedAt: context.now.toISOString(),
    };
    saveRequest(db, updated);
    if (updated.state !== request.state) sendThroughHubIfSet(db, updated, context.now);
    notifyRequestChange(db, request.state, updated, actor, context.now);
    appendAudit(db, actor, context.now, {
      action: `request.${step.action}`,
      subjectKind: 'request',
      subjectId: request.id,
      details: { from: request.state, to: updated.state, ...step.auditDetails },
    });
    return requestDetail(db, updated, actor, context.now);
  });
}

function recordDecision(
  deps: RequestDeps,
  request: RequestRecord,
  actor: Actor,
  now: Date,
  decision: { level: DecisionLevel; kind: DecisionKind; comment: string },
): Decision {
  const record: Decision = {
    id: randomUUID(),
    round: request.round,
    level: decision.level,
    kind: decision.kind,
    decidedBy: actor.userId,
    decidedByName: actor.displayName,
    decidedAt: now.toISOString(),
    comment: decision.comment,
    contentHash: currentContentHash(deps.db, request),
    voidedAt: null,
  };
  insertDecision(deps.db, request.id, record);
  return record;
}

export function submitRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:submit'>,
  context: CallContext,
): RequestDetail {
  return transition(deps, input.requestId, context, {
    action: 'submit',
    change: (request, actor, now) => {
      if (input.revision !== request.revision) {
        throw new AppError('conflict', '该报批已在别处被修改。请刷新，确认内容后再提交。');
      }
      const settings = readSettings(deps.db);
      const problems = problemsForSubmission(request.fields, {
        now,
        calendar: readWorkCalendar(deps.db),
        leadWorkingDays: settings.requestLeadWorkingDays,
      });
      if (problems.length > 0) {
        throw new AppError(
          'incomplete',
          `报批尚不能提交：${problems.map((problem) => problem.message).join(' ')}`,
        );
      }
      const materialProblems = materialProblemsOf(deps.db, request, now);
      if (materialProblems.length > 0) {
        throw new AppError(
          'materials_not_cleared',
          `发布材料尚未完成审查，报批不能提交：${materialProblems.map((problem) => problem.message).join(' ')}`,
        );
      }
      versionEventMaterials(deps.db, request.id, 'submit', actor, now);
      return {
        ...request,
        state: settings.unitHeadReview ? 'unitReview' : 'newsOfficeReview',
        submittedBy: context.actor?.userId ?? null,
        submittedAt: now.toISOString(),
        round: request.round + 1,
      };
    },
  });
}

export function decideRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:decide'>,
  context: CallContext,
): RequestDetail {
  if (input.decision !== 'approve' && input.comment.trim() === '') {
    throw new AppError(
      'reason_required',
      input.decision === 'return' ? '退回修改须写明理由。' : '不予批准须写明理由。',
    );
  }
  return transition(deps, input.requestId, context, {
    action: input.decision,
    auditDetails: { decision: input.decision, comment: input.comment },
    change: (request, actor, now) => {
      const level = levelOfState[request.state];
      if (!level) throw new AppError('invalid_state', '该报批当前不在审核环节。');
      const decision = recordDecision(deps, request, actor, now, {
        level,
        kind: input.decision,
        comment: input.comment,
      });
      const state = stateAfterDecision(request.state, input.decision);
      if (state === 'approved') versionEventMaterials(deps.db, request.id, 'approval', actor, now);
      return {
        ...request,
        state,
        ...(state === 'approved'
          ? {
              approvedHash: decision.contentHash,
              approvedAt: decision.decidedAt,
              voidedReason: null,
            }
          : {}),
      };
    },
  });
}

export function withdrawRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:withdraw'>,
  context: CallContext,
): RequestDetail {
  return transition(deps, input.requestId, context, {
    action: 'withdraw',
    auditDetails: { reason: input.reason },
    change: (request) => ({ ...request, state: 'withdrawn' }),
  });
}

export function reopenRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:reopen'>,
  context: CallContext,
): RequestDetail {
  return transition(deps, input.requestId, context, {
    action: 'reopen',
    change: (request) => ({ ...request, state: 'draft' }),
  });
}

export function cancelRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:cancel'>,
  context: CallContext,
): RequestDetail {
  if (input.reason.trim() === '') throw new AppError('reason_required', '取消发布须写明原因。');
  return transition(deps, input.requestId, context, {
    action: 'cancel',
    auditDetails: { reason: input.reason },
    change: (request) => ({ ...request, state: 'cancelled' }),
  });
}

export function postponeRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:postpone'>,
  context: CallContext,
): RequestDetail {
  if (input.reason.trim() === '') throw new AppError('reason_required', '延期须写明原因。');
  return transition(deps, input.requestId, context, {
    action: 'postpone',
    auditDetails: { reason: input.reason },
    change: (request, actor, now) => ({
      ...voidApproval(deps.db, request, ['时间'], actor, now),
      state: 'postponed',
      voidedReason: `已延期（${input.reason}），原审批已失效。确定新的时间后需重新报批。`,
    }),
  });
}

export function rescheduleRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:reschedule'>,
  context: CallContext,
): RequestDetail {
  if (input.endsAt && input.endsAt <= input.startsAt)
    throw new AppError('invalid_input', '结束时间应晚于开始时间。');
  return transition(deps, input.requestId, context, {
    action: 'reschedule',
    auditDetails: { startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason },
    change: (request, actor, now) => ({
      ...voidApproval(deps.db, request, ['时间'], actor, now),
      state: 'rescheduled',
      fields: { ...request.fields, startsAt: input.startsAt, endsAt: input.endsAt },
    }),
  });
}

/** 重大突发事件: the news office approves in one step, recorded as a fast track awaiting ratification. */
export function fastTrackRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:fastTrack'>,
  context: CallContext,
): RequestDetail {
  return transition(deps, input.requestId, context, {
    action: 'fastTrack',
    auditDetails: { comment: input.comment },
    change: (request, actor, now) => {
      if (!request.fields.title.trim()) throw new AppError('incomplete', '请先填写发布主题。');
      const submitted = {
        ...request,
        round: request.round + 1,
        submittedBy: actor.userId,
        submittedAt: now.toISOString(),
      };
      const decision = recordDecision(deps, submitted, actor, now, {
        level: 'newsOffice',
        kind: 'fastTrack',
        comment: input.comment,
      });
      versionEventMaterials(deps.db, request.id, 'approval', actor, now);
      return {
        ...submitted,
        state: 'approved',
        fastTracked: true,
        approvedHash: decision.contentHash,
        approvedAt: decision.decidedAt,
      };
    },
  });
}

export function ratifyRequest(
  deps: RequestDeps,
  input: ParsedInput<'requests:ratify'>,
  context: CallContext,
): RequestDetail {
  return transition(deps, input.requestId, context, {
    action: 'ratify',
    auditDetails: { comment: input.comment },
    change: (request, actor, now) => {
      recordDecision(deps, request, actor, now, {
        level: 'authority',
        kind: 'ratify',
        comment: input.comment,
      });
      return { ...request, ratifiedAt: now.toISOString() };
    },
  });
}

export function viewRequest(
  deps: RequestDeps,
  requestId: string,
  context: CallContext,
): RequestDetail {
  const actor = requireActor(context);
  const request = loadRequest(deps.db, requestId);
  checkVisible(actor, request);
  return requestDetail(deps.db, request, actor, context.now);
}
