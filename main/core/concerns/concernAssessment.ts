import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { ConcernDetail, ConcernStepDetails } from '../../../shared/domain/concerns.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import {
  addConcernStep,
  addConcernUnit,
  updateConcern,
  type ConcernRecord,
} from './concernRepository.ts';
import { sendConcernStep } from './concernExchange.ts';
import { activeUnitId } from './concernService.ts';
import { concernDetail, loadVisibleConcern } from './concernViews.ts';

/**
 * One 研判 step on an open item: checked, applied, recorded in the item's history and audited,
 * all in one transaction.
 */
function step(
  deps: RequestDeps,
  concernId: string,
  context: CallContext,
  apply: (
    concern: ConcernRecord,
    actor: Actor,
  ) => {
    readonly updated: ConcernRecord;
    readonly details: ConcernStepDetails;
    readonly audit: Record<string, unknown>;
  },
): ConcernDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const concern = loadVisibleConcern(db, actor, concernId);
    if (concern.closedAt) throw new AppError('closed', '该舆情已办结，不能再研判。');
    const { updated, details, audit } = apply(concern, actor);
    updateConcern(db, updated);
    addConcernStep(db, concern.id, actor, context.now.toISOString(), details);
    appendAudit(db, actor, context.now, {
      action: `concern.${details.kind}`,
      subjectKind: 'concern',
      subjectId: concern.id,
      details: audit,
    });
    sendConcernStep(db, updated, details, actor, context.now);
    return concernDetail(db, updated, actor, context.now);
  });
}

/** The news office names the responsible unit and by when it must propose. */
export function assignConcern(
  deps: RequestDeps,
  input: ParsedInput<'concerns:assign'>,
  context: CallContext,
): ConcernDetail {
  return step(deps, input.concernId, context, (concern) => {
    const unitId = activeUnitId(deps.db, input.unitId);
    if (Date.parse(input.deadline) <= context.now.getTime()) {
      throw new AppError('invalid_input', '办理时限应晚于现在。');
    }
    addConcernUnit(deps.db, concern.id, unitId);
    const deadline = new Date(input.deadline).toISOString();
    const unitName = findUnit(deps.db, unitId)?.name ?? '';
    return {
      updated: { ...concern, assignedUnitId: unitId, assignedDeadline: deadline },
      details: { kind: 'assign', unitName, deadline },
      audit: { unitId, unitName, deadline },
    };
  });
}

/** The responsible unit proposes 持续关注 / 回应 / 上报, with its reasons. */
export function proposeOnConcern(
  deps: RequestDeps,
  input: ParsedInput<'concerns:propose'>,
  context: CallContext,
): ConcernDetail {
  return step(deps, input.concernId, context, (concern, actor) => {
    if (concern.assignedUnitId === null || actor.unitId !== concern.assignedUnitId) {
      throw new AppError('forbidden', '只有新闻办指定的责任单位可以提出研判意见。');
    }
    return {
      updated: concern,
      details: { kind: 'propose', proposal: input.proposal, reason: input.reason },
      audit: { proposal: input.proposal, reason: input.reason },
    };
  });
}

/** A 会商 (joint consultation): who took part and what was decided. */
export function recordConsultation(
  deps: RequestDeps,
  input: ParsedInput<'concerns:consult'>,
  context: CallContext,
): ConcernDetail {
  return step(deps, input.concernId, context, (concern) => ({
    updated: concern,
    details: { kind: 'consult', participants: input.participants, decision: input.decision },
    audit: { participants: input.participants, decision: input.decision },
  }));
}

/** The news office runs the response clock on an item below 重大 (or stops running it). */
export function markConcernClock(
  deps: RequestDeps,
  input: ParsedInput<'concerns:markClock'>,
  context: CallContext,
): ConcernDetail {
  return step(deps, input.concernId, context, (concern) => {
    if (concern.clockMarked === input.marked) {
      throw new AppError('conflict', input.marked ? '该舆情已在计时。' : '该舆情未标记计时。');
    }
    return {
      updated: { ...concern, clockMarked: input.marked },
      details: { kind: 'clock', marked: input.marked },
      audit: { marked: input.marked },
    };
  });
}
