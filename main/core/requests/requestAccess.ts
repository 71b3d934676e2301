import type { Actor } from '../../../shared/domain/actor.ts';
import type { Decision } from '../../../shared/domain/requests.ts';
import type { RequestFacts } from '../../../shared/rules/requestWorkflow.ts';
import { refusalOf, type RequestAction } from '../../../shared/rules/requestWorkflow.ts';
import { AppError } from '../appError.ts';
import type { RequestRecord } from './requestRepository.ts';

/** The news office and the competent authority see every unit's requests; others their own unit's. */
export const seesAllUnits = (actor: Actor): boolean =>
  actor.roles.includes('newsOfficeReviewer') || actor.roles.includes('authorityApprover');

export function checkVisible(actor: Actor, request: RequestRecord): void {
  if (
    seesAllUnits(actor) ||
    actor.unitId === request.fields.unitId ||
    actor.userId === request.draftedBy
  )
    return;
  throw new AppError('not_found', '找不到该报批，或您无权查看。');
}

export function factsOf(request: RequestRecord, decisions: readonly Decision[]): RequestFacts {
  return {
    state: request.state,
    unitId: request.fields.unitId,
    draftedBy: request.draftedBy,
    submittedBy: request.submittedBy,
    isEmergency: request.fields.isEmergency,
    fastTracked: request.fastTracked,
    ratified: request.ratifiedAt !== null,
    roundDecisions: decisions
      .filter((decision) => decision.round === request.round && decision.voidedAt === null)
      .map(({ level, decidedBy }) => ({ level, decidedBy })),
  };
}

/** Main's enforcement of the same rule the UI used to offer the action. */
export function enforce(facts: RequestFacts, actor: Actor, action: RequestAction): void {
  const refusal = refusalOf(facts, actor, action);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
