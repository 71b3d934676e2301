import type { CountyOverview, HomeOverview } from '../../../shared/contract/workspaceChannels.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import { requestInbox } from '../requests/requestQueries.ts';
import {
  countRequests,
  listRequestSummaries,
  unitsWithoutApprovedConference,
} from '../requests/requestQueriesRepository.ts';
import type { CallContext } from '../callContext.ts';

/** The calendar quarter of a Shanghai date, as ISO instants at Shanghai midnight. */
export function quarterOf(date: string): { label: string; from: string; before: string } {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const month = (index: number) => String(index * 3 + 1).padStart(2, '0');
  const from = `${year}-${month(quarter)}-01T00:00:00+08:00`;
  const before =
    quarter === 3
      ? `${year + 1}-01-01T00:00:00+08:00`
      : `${year}-${month(quarter + 1)}-01T00:00:00+08:00`;
  return { label: `${year}-Q${quarter + 1}`, from, before };
}

function countyOverview(
  deps: RequestDeps,
  now: Date,
  unratified: CountyOverview['unratifiedEmergencies'],
): CountyOverview {
  const { db } = deps;
  const quarter = quarterOf(shanghaiDate(now));
  const range = { from: quarter.from, before: quarter.before };
  const live = [
    'draft',
    'unitReview',
    'newsOfficeReview',
    'authorityReview',
    'approved',
    'returned',
    'postponed',
    'rescheduled',
  ] as const;
  return {
    quarter: quarter.label,
    eventsThisQuarter: countRequests(db, live, range),
    approvedThisQuarter: countRequests(db, ['approved'], range),
    pendingRequests: countRequests(db, ['unitReview', 'newsOfficeReview', 'authorityReview']),
    unratifiedEmergencies: unratified,
    unitsWithoutConference: unitsWithoutApprovedConference(
      db,
      ['department', 'township', 'parkCommittee'],
      range,
    ),
  };
}

/** What this user's home page shows: their events and drafts, what waits for them, the county. */
export function homeOverview(deps: RequestDeps, context: CallContext): HomeOverview {
  const actor = requireActor(context);
  const inbox = requestInbox(deps, context);
  const scope = seesAllUnits(actor) ? null : actor.unitId ? [actor.unitId] : [];
  const today = shanghaiDate(context.now);
  const upcoming = listRequestSummaries(deps.db, {
    unitIds: scope,
    states: [
      'draft',
      'unitReview',
      'newsOfficeReview',
      'authorityReview',
      'approved',
      'returned',
      'postponed',
      'rescheduled',
    ],
    startsFrom: `${today}T00:00:00+08:00`,
    startsBefore: `${addDays(today, 60)}T00:00:00+08:00`,
    limit: 20,
    offset: 0,
    orderBy: 'startsAsc',
  });
  return {
    upcoming,
    myDrafts: inbox.myDrafts,
    waitingForMe: inbox.waitingForMe,
    overdue: inbox.overdue,
    county: seesAllUnits(actor)
      ? countyOverview(deps, context.now, inbox.unratifiedEmergencies)
      : null,
  };
}
