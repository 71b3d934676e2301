import type { ConcernClock, ConcernLevel } from '../domain/concerns.ts';

const hour = 3_600_000;
export const infoWithinMs = 5 * hour;
export const conferenceWithinMs = 24 * hour;

/** 重大 and 特别重大 run the clock; the news office may mark any other item to run it too. */
export const runsClock = (level: ConcernLevel, marked: boolean): boolean =>
  marked || level === 'major' || level === 'critical';

/** The clock as of `now`; a closed item's clock stopped when it closed. */
export function concernClock(
  firstSeenAt: string,
  closedAt: string | null,
  now: Date,
): ConcernClock {
  const seen = Date.parse(firstSeenAt);
  const at = closedAt ? Date.parse(closedAt) : now.getTime();
  const infoDue = seen + infoWithinMs;
  const conferenceDue = seen + conferenceWithinMs;
  return {
    infoDueAt: new Date(infoDue).toISOString(),
    conferenceDueAt: new Date(conferenceDue).toISOString(),
    infoLeftMs: infoDue - at,
    conferenceLeftMs: conferenceDue - at,
    infoOverdue: at > infoDue,
    conferenceOverdue: at > conferenceDue,
  };
}
