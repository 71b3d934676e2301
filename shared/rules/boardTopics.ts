import type {
  BoardTopics,
  ConcernCounts,
  EvaluationCounts,
  TopicCounts,
} from '../domain/boardTopics.ts';
import { concernClock, conferenceWithinMs, infoWithinMs } from './concernClock.ts';
import { dateOfInstant, quarterOfDate, quarters } from './schedulePeriods.ts';

/** An event with a reviewed 文字实录 and what its 发布评估 found. */
export interface ReviewedEventFacts {
  readonly unitId: string;
  readonly startsAt: string;
  readonly findings: number;
  readonly verified: number;
}

/** A 舆情 item as the board counts it. */
export interface ConcernFacts {
  /** The responsible unit, or every unit concerned while none is. */
  readonly unitIds: readonly string[];
  readonly firstSeenAt: string;
  readonly closedAt: string | null;
  readonly responseMs: number | null;
  /** 重大, 特别重大, or marked by the news office: the 5-hour and 24-hour clock runs. */
  readonly runsClock: boolean;
}

export interface TopicFacts {
  readonly year: number;
  readonly now: Date;
  readonly units: readonly { readonly unitId: string; readonly unitName: string }[];
  readonly events: readonly ReviewedEventFacts[];
  readonly concerns: readonly ConcernFacts[];
}

/** The quarter (1–4) an instant falls in by its Shanghai date, or null outside the year. */
function quarterIn(year: number, instant: string): number | null {
  const date = dateOfInstant(instant);
  return Number(date.slice(0, 4)) === year ? quarterOfDate(date) : null;
}

function evaluationCounts(events: readonly ReviewedEventFacts[]): EvaluationCounts {
  return {
    reviewed: events.length,
    findings: events.reduce((sum, event) => sum + event.findings, 0),
    verified: events.reduce((sum, event) => sum + event.verified, 0),
  };
}

function concernCounts(items: readonly ConcernFacts[], now: Date): ConcernCounts {
  const times = items.flatMap((item) =>
    item.closedAt !== null && item.responseMs !== null ? [item.responseMs] : [],
  );
  const clocks = items
    .filter((item) => item.runsClock)
    .map((item) => concernClock(item.firstSeenAt, item.closedAt, now));
  return {
    registered: items.length,
    responded: times.length,
    respondedWithinInfo: times.filter((ms) => ms <= infoWithinMs).length,
    respondedWithinConference: times.filter((ms) => ms <= conferenceWithinMs).length,
    averageResponseMs:
      times.length === 0 ? null : Math.round(times.reduce((sum, ms) => sum + ms, 0) / times.length),
    longestResponseMs: times.length === 0 ? null : Math.max(...times),
    overdueInfo: clocks.filter((clock) => clock.infoOverdue).length,
    overdueConference: clocks.filter((clock) => clock.conferenceOverdue).length,
  };
}

const countsOf = (
  events: readonly ReviewedEventFacts[],
  items: readonly ConcernFacts[],
  now: Date,
): TopicCounts => ({
  evaluation: evaluationCounts(events),
  concerns: concernCounts(items, now),
});

const hasAny = (counts: TopicCounts): boolean =>
  counts.evaluation.reviewed > 0 || counts.concerns.registered > 0;

/**
 * Per unit and quarter: an event counts in the quarter it was held, an item in the quarter it
 * was first seen (Shanghai dates, as the board's rules count), both for the year asked.
 */
export function boardTopics(facts: TopicFacts): BoardTopics {
  const { year, now } = facts;
  const events = facts.events.map((event) => ({
    event,
    quarter: quarterIn(year, event.startsAt),
  }));
  const items = facts.concerns.map((item) => ({
    item,
    quarter: quarterIn(year, item.firstSeenAt),
  }));
  const inQuarter = (quarter: number, unitId: string | null) =>
    countsOf(
      events
        .filter((entry) => entry.quarter === quarter)
        .filter((entry) => unitId === null || entry.event.unitId === unitId)
        .map((entry) => entry.event),
      items
        .filter((entry) => entry.quarter === quarter)
        .filter((entry) => unitId === null || entry.item.unitIds.includes(unitId))
        .map((entry) => entry.item),
      now,
    );
  const rows = facts.units
    .map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.unitName,
      quarters: quarters.map((quarter) => inQuarter(quarter, unit.unitId)),
    }))
    .filter((row) => row.quarters.some(hasAny));
  return { year, rows, totals: quarters.map((quarter) => inQuarter(quarter, null)) };
}

/** A year's counts summed over its quarters (averages weighted by the items answered). */
export function yearCounts(perQuarter: readonly TopicCounts[]): TopicCounts {
  const sum = (pick: (counts: TopicCounts) => number) =>
    perQuarter.reduce((total, counts) => total + pick(counts), 0);
  const responded = sum((counts) => counts.concerns.responded);
  const longest = perQuarter.flatMap((counts) =>
    counts.concerns.longestResponseMs === null ? [] : [counts.concerns.longestResponseMs],
  );
  return {
    evaluation: {
      reviewed: sum((counts) => counts.evaluation.reviewed),
      findings: sum((counts) => counts.evaluation.findings),
      verified: sum((counts) => counts.evaluation.verified),
    },
    concerns: {
      registered: sum((counts) => counts.concerns.registered),
      responded,
      respondedWithinInfo: sum((counts) => counts.concerns.respondedWithinInfo),
      respondedWithinConference: sum((counts) => counts.concerns.respondedWithinConference),
      averageResponseMs:
        responded === 0
          ? null
          : Math.round(
              sum(
                (counts) => (counts.concerns.averageResponseMs ?? 0) * counts.concerns.responded,
              ) / responded,
            ),
      longestResponseMs: longest.length === 0 ? null : Math.max(...longest),
      overdueInfo: sum((counts) => counts.concerns.overdueInfo),
      overdueConference: sum((counts) => counts.concerns.overdueConference),
    },
  };
}
