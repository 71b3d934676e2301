import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { AuditEntry } from '../../../shared/contract/auditChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestInbox, RequestSummary } from '../../../shared/domain/requestViews.ts';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { refusalOf, roleOfLevel } from '../../../shared/rules/requestWorkflow.ts';
import {
  addDays,
  latestDateAhead,
  shanghaiDate,
  workingDaysAhead,
} from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { auditOfSubject } from '../audit/auditRepository.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { checkVisible, factsOf, seesAllUnits } from './requestAccess.ts';
import { loadRequest } from './requestDetail.ts';
import type { RequestDeps } from './requestDeps.ts';
import {
  listUnratifiedEmergencies,
  listDecidedBy,
  listRequestSummaries,
  pageRequestSummaries,
} from './requestQueriesRepository.ts';
import { indexPendingDocuments } from '../search/searchRepository.ts';
import type { Paged } from '../../../shared/contract/listQuery.ts';
import { findRequest, listDecisions } from './requestRepository.ts';

/** Decisions older than this many working days are overdue in the decider's inbox. */
const decisionWorkingDays = 2;
const inboxLimit = 200;

const unitScope = (actor: Actor): string[] | null =>
  seesAllUnits(actor) ? null : actor.unitId ? [actor.unitId] : [];

export function listRequests(
  deps: RequestDeps,
  input: ParsedInput<'requests:list'>,
  context: CallContext,
): RequestSummary[] {
  const actor = requireActor(context);
  const scope = unitScope(actor);
  const unitIds = input.unitId
    ? scope === null || scope.includes(input.unitId)
      ? [input.unitId]
      : []
    : scope;
  return listRequestSummaries(deps.db, {
    unitIds,
    states: input.states ?? null,
    limit: input.limit ?? 100,
    offset: input.offset ?? 0,
    orderBy: 'updatedDesc',
  });
}

/** The start of a Shanghai calendar day, as an instant SQLite's unixepoch() reads. */
const startOfDay = (date: string): string => `${date}T00:00:00+08:00`;

/** The 报批 list: the caller's filters within what the caller may see, one page at a time. */
export function pageRequests(
  deps: RequestDeps,
  input: ParsedInput<'requests:page'>,
  context: CallContext,
): Paged<RequestSummary> {
  const actor = requireActor(context);
  const scope = unitScope(actor);
  const unitIds = input.unitId
    ? scope === null || scope.includes(input.unitId)
      ? [input.unitId]
      : []
    : scope;
  const keyword = input.keyword?.trim() || null;
  if (keyword) indexPendingDocuments(deps.db);
  return pageRequestSummaries(deps.db, {
    unitIds,
    states: input.states && input.states.length > 0 ? input.states : null,
    form: input.form ?? null,
    keyword,
    startsFrom: input.from ? startOfDay(input.from) : null,
    startsBefore: input.to ? startOfDay(addDays(input.to, 1)) : null,
    sort: input.sort ?? 'updatedDesc',
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
}

/** Requests in a review state this actor could decide now (roles, unit, separation of duties). */
function waitingFor(deps: RequestDeps, actor: Actor): RequestSummary[] {
  const states = (['unitReview', 'newsOfficeReview', 'authorityReview'] as const).filter(
    (state) => {
      const level =
        state === 'unitReview' ? 'unit' : state === 'newsOfficeReview' ? 'newsOffice' : 'authority';
      return actor.roles.includes(roleOfLevel[level]);
    },
  );
  if (states.length === 0) return [];
  const candidates = listRequestSummaries(deps.db, {
    unitIds: unitScope(actor),
    states,
    limit: inboxLimit,
    offset: 0,
    orderBy: 'submittedAsc',
  });
  return candidates.filter((summary) => {
    const request = findRequest(deps.db, summary.id);
    return (
      request !== null &&
      refusalOf(factsOf(request, listDecisions(deps.db, request.id)), actor, 'approve') === null
    );
  });
}

export function requestInbox(deps: RequestDeps, context: CallContext): RequestInbox {
  const actor = requireActor(context);
  const { db } = deps;
  const today = shanghaiDate(context.now);
  const calendar = readWorkCalendar(db);
  const lead = readSettings(db).requestLeadWorkingDays;
  const waitingForMe = waitingFor(deps, actor);
  const openStates: RequestState[] = ['draft', 'returned', 'rescheduled', 'postponed', 'withdrawn'];
  const myDrafts = actor.roles.includes('drafter')
    ? listRequestSummaries(db, {
        unitIds: null,
        states: openStates,
        draftedBy: actor.userId,
        limit: inboxLimit,
        offset: 0,
        orderBy: 'updatedDesc',
      })
    : [];

  const lateDecision = (summary: RequestSummary) =>
    summary.submittedAt !== null &&
    workingDaysAhead(shanghaiDate(new Date(summary.submittedAt)), today, calendar) >=
      decisionWorkingDays;
  const lateDraft = (summary: RequestSummary) =>
    summary.startsAt !== null &&
    summary.state !== 'withdrawn' &&
    latestDateAhead(shanghaiDate(new Date(summary.startsAt)), lead, calendar) < today;

  const seesEmergencies =
    actor.roles.includes('authorityApprover') || actor.roles.includes('newsOfficeReviewer');
  return {
    waitingForMe,
    overdue: [...waitingForMe.filter(lateDecision), ...myDrafts.filter(lateDraft)],
    recentlyDecided: listDecidedBy(db, actor.userId, addDays(today, -30), 50),
    myDrafts,
    unratifiedEmergencies: seesEmergencies ? listUnratifiedEmergencies(db, inboxLimit) : [],
  };
}

export function requestTimeline(
  deps: RequestDeps,
  requestId: string,
  context: CallContext,
): AuditEntry[] {
  const actor = requireActor(context);
  const request = loadRequest(deps.db, requestId);
  checkVisible(actor, request);
  return auditOfSubject(deps.db, 'request', request.id);
}
