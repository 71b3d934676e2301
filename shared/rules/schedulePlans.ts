import type { CountedEvent } from '../domain/schedulingCompliance.ts';
import type { PlanItem, PlanItemStatus } from '../domain/schedulingPlans.ts';
import type { RequestState } from '../domain/requests.ts';
import { dateOfInstant, quarterOfDate, quarterPeriod } from './schedulePeriods.ts';

const inProgressStates: readonly RequestState[] = [
  'draft',
  'unitReview',
  'newsOfficeReview',
  'authorityReview',
  'returned',
  'postponed',
  'rescheduled',
];

const isLive = (event: { readonly state: RequestState }): boolean =>
  event.state === 'approved' || inProgressStates.includes(event.state);

export interface PlanEvent extends CountedEvent {
  readonly unitId: string;
}

/** A plan line in the press-conference form is carried out by an emergency conference too. */
const formMatches = (item: PlanItem, event: PlanEvent): boolean =>
  item.form === event.form || (item.form === 'pressConference' && event.isEmergency);

const quarterOf = (event: PlanEvent): number | null =>
  event.startsAt ? quarterOfDate(dateOfInstant(event.startsAt)) : null;

function statusOf(
  item: PlanItem,
  event: PlanEvent | null,
  now: Date,
  today: string,
): PlanItemStatus {
  if (event?.state === 'approved' && event.startsAt)
    return Date.parse(event.startsAt) <= now.getTime() ? 'done' : 'scheduled';
  if (event) return 'inProgress';
  return today > quarterPeriod(item.year, item.quarter).last ? 'missed' : 'pending';
}

/**
 * Plan against actual for one unit's year. A line linked to a request follows it; the others take,
 * in order, the unit's events of their quarter and form: approved ones first, then those on their
 * way, emergencies last. Cancelled, rejected and withdrawn requests carry out nothing.
 */
export function matchPlan(
  items: readonly PlanItem[],
  events: readonly PlanEvent[],
  now: Date,
  today: string,
): {
  items: { item: PlanItem; event: PlanEvent | null; status: PlanItemStatus }[];
  unplanned: PlanEvent[];
} {
  const live = events
    .filter(isLive)
    // Emergencies are unplanned by nature: a line takes one only when nothing planned fits.
    .sort(
      (a, b) =>
        Number(a.isEmergency) - Number(b.isEmergency) ||
        Number(b.state === 'approved') - Number(a.state === 'approved') ||
        Date.parse(a.startsAt ?? '') - Date.parse(b.startsAt ?? ''),
    );
  const taken = new Set<string>();
  const byId = new Map(events.map((event) => [event.requestId, event]));
  const matched = new Map<string, PlanEvent | null>();
  for (const item of items) {
    const linked = item.requestId ? byId.get(item.requestId) : undefined;
    if (linked && isLive(linked)) {
      taken.add(linked.requestId);
      matched.set(item.id, linked);
    }
  }
  for (const item of items) {
    if (matched.has(item.id)) continue;
    const event = live.find(
      (candidate) =>
        !taken.has(candidate.requestId) &&
        quarterOf(candidate) === item.quarter &&
        formMatches(item, candidate),
    );
    if (event) taken.add(event.requestId);
    matched.set(item.id, event ?? null);
  }
  return {
    items: items.map((item) => {
      const event = matched.get(item.id) ?? null;
      return { item, event, status: statusOf(item, event, now, today) };
    }),
    unplanned: events.filter((event) => event.state === 'approved' && !taken.has(event.requestId)),
  };
}
