import type { Actor } from '../domain/actor.ts';
import type { DecisionLevel, RequestState } from '../domain/requests.ts';
import type { Role } from '../domain/roles.ts';

/** What the workflow needs to know about a request to say who may do what. */
export interface RequestFacts {
  readonly state: RequestState;
  readonly unitId: string;
  readonly draftedBy: string;
  readonly submittedBy: string | null;
  readonly isEmergency: boolean;
  readonly fastTracked: boolean;
  readonly ratified: boolean;
  /** Decisions of the current round (since the last submission), not voided. */
  readonly roundDecisions: readonly { readonly level: DecisionLevel; readonly decidedBy: string }[];
}

export const requestActions = [
  'edit',
  'submit',
  'withdraw',
  'reopen',
  'approve',
  'return',
  'reject',
  'cancel',
  'postpone',
  'reschedule',
  'fastTrack',
  'ratify',
  'deleteDraft',
] as const;
export type RequestAction = (typeof requestActions)[number];

export interface Refusal {
  readonly code: string;
  readonly message: string;
}

const editableStates: readonly RequestState[] = [
  'draft',
  'returned',
  'approved',
  'postponed',
  'rescheduled',
];
const submittableStates: readonly RequestState[] = [
  'draft',
  'returned',
  'postponed',
  'rescheduled',
];
const pendingStates: readonly RequestState[] = [
  'unitReview',
  'newsOfficeReview',
  'authorityReview',
];
const cancellableStates: readonly RequestState[] = [
  'draft',
  'returned',
  'approved',
  'postponed',
  'rescheduled',
];

/** The level a request in this state waits on, and the role that decides it. */
export const levelOfState: Readonly<Partial<Record<RequestState, DecisionLevel>>> = {
  unitReview: 'unit',
  newsOfficeReview: 'newsOffice',
  authorityReview: 'authority',
};
export const roleOfLevel: Readonly<Record<DecisionLevel, Role>> = {
  unit: 'unitHead',
  newsOffice: 'newsOfficeReviewer',
  authority: 'authorityApprover',
};

const has = (actor: Actor, role: Role) => actor.roles.includes(role);
const refuse = (code: string, message: string): Refusal => ({ code, message });

/** A drafter of the request's own unit, or the news office for an emergency it opened. */
function isOwner(facts: RequestFacts, actor: Actor): boolean {
  if (has(actor, 'drafter') && actor.unitId === facts.unitId) return true;
  return facts.isEmergency && actor.userId === facts.draftedBy;
}

/**
 * Why `actor` may not take `action` on a request in this state, or null when they may. Main calls
 * it before every change; the UI calls it to offer only what main will accept.
 */
export function refusalOf(
  facts: RequestFacts,
  actor: Actor,
  action: RequestAction,
): Refusal | null {
  const wrongState = refuse('invalid_state', '当前状态下不能执行此操作。请刷新后查看最新状态。');
  const notOwner = refuse('forbidden', '只有本单位的经办人可以执行此操作。');
  switch (action) {
    case 'edit':
    case 'cancel':
    case 'postpone':
    case 'reschedule': {
      const states =
        action === 'edit'
          ? editableStates
          : action === 'cancel'
            ? cancellableStates
            : (['approved'] as const);
      if (!states.includes(facts.state)) return wrongState;
      return isOwner(facts, actor) ? null : notOwner;
    }
    case 'submit':
      if (!submittableStates.includes(facts.state)) return wrongState;
      return isOwner(facts, actor) ? null : notOwner;
    case 'withdraw':
      if (!pendingStates.includes(facts.state)) return wrongState;
      if (actor.userId !== facts.draftedBy && actor.userId !== facts.submittedBy) {
        return refuse('forbidden', '只有起草或提交该报批的经办人可以撤回。');
      }
      return null;
    case 'reopen':
      if (facts.state !== 'withdrawn') return wrongState;
      return isOwner(facts, actor) ? null : notOwner;
    case 'approve':
    case 'return':
    case 'reject':
      return refusalToDecide(facts, actor);
    case 'fastTrack':
      if (facts.state !== 'draft' || !facts.isEmergency) {
        return refuse('invalid_state', '只有标记为重大突发事件的草稿可以快速审批。');
      }
      return has(actor, 'newsOfficeReviewer')
        ? null
        : refuse('forbidden', '只有新闻办审核人员可以快速审批突发事件发布。');
    case 'deleteDraft':
      // Only a draft never submitted leaves no trace worth keeping; anything later is cancelled instead.
      if (facts.state !== 'draft' || facts.submittedBy !== null) return wrongState;
      return actor.userId === facts.draftedBy
        ? null
        : refuse('forbidden', '只有起草该草稿的经办人可以删除它。');
    case 'ratify':
      if (facts.state !== 'approved' || !facts.fastTracked || facts.ratified) return wrongState;
      if (!has(actor, 'authorityApprover'))
        return refuse('forbidden', '只有主管部门审批人员可以追认。');
      if (facts.roundDecisions.some((decision) => decision.decidedBy === actor.userId)) {
        return refuse('separation_of_duties', '快速审批人不能自己追认同一报批。');
      }
      return null;
  }
}

function refusalToDecide(facts: RequestFacts, actor: Actor): Refusal | null {
  const level = levelOfState[facts.state];
  if (!level) return refuse('invalid_state', '该报批当前不在审核环节。');
  if (!has(actor, roleOfLevel[level])) return refuse('forbidden', '您的角色不能在此环节作出决定。');
  if (level === 'unit' && actor.unitId !== facts.unitId) {
    return refuse('forbidden', '单位负责人只能审核本单位的报批。');
  }
  if (actor.userId === facts.draftedBy || actor.userId === facts.submittedBy) {
    return refuse('separation_of_duties', '不能审核自己起草或提交的报批。');
  }
  const approvalLevels: readonly DecisionLevel[] = ['newsOffice', 'authority'];
  const decidedOtherApproval = facts.roundDecisions.some(
    (decision) =>
      decision.decidedBy === actor.userId &&
      decision.level !== level &&
      approvalLevels.includes(decision.level) &&
      approvalLevels.includes(level),
  );
  if (decidedOtherApproval) {
    return refuse(
      'separation_of_duties',
      '同一人不能在同一报批上同时作出新闻办审核和主管部门审批两级决定。',
    );
  }
  return null;
}

/** The actions this actor may take now: exactly those `refusalOf` lets through. */
export const availableActions = (facts: RequestFacts, actor: Actor): RequestAction[] =>
  requestActions.filter((action) => refusalOf(facts, actor, action) === null);

/** Where a decision takes the request. */
export function stateAfterDecision(
  state: RequestState,
  decision: 'approve' | 'return' | 'reject',
): RequestState {
  if (decision === 'return') return 'returned';
  if (decision === 'reject') return 'rejected';
  if (state === 'unitReview') return 'newsOfficeReview';
  if (state === 'newsOfficeReview') return 'authorityReview';
  return 'approved';
}
