import { personKey } from './personKey.ts';

/** What a conflict check needs of an event: its time, place and the people booked for it. */
export interface SchedulableEvent {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly venue: string;
  readonly hostName: string;
  readonly mainSpeakerName: string;
  readonly spokespersonName: string;
}

/** The same venue, the same spokesperson, or the same leader (main speaker or host). */
export const conflictResources = ['venue', 'spokesperson', 'leader'] as const;
export type ConflictResource = (typeof conflictResources)[number];

export interface ConflictMatch {
  readonly resource: ConflictResource;
  /** The venue or the person's name as the first event spells it. */
  readonly name: string;
}

export interface ScheduleConflict {
  readonly firstId: string;
  readonly secondId: string;
  readonly matches: readonly ConflictMatch[];
}

/** An event without an end time is taken to last an hour (a typical press conference). */
export const assumedDurationMinutes = 60;

export function intervalOf(event: Pick<SchedulableEvent, 'startsAt' | 'endsAt'>): {
  start: number;
  end: number;
} {
  const start = Date.parse(event.startsAt);
  const end = event.endsAt === null ? Number.NaN : Date.parse(event.endsAt);
  return { start, end: end > start ? end : start + assumedDurationMinutes * 60_000 };
}

/** Half-open intervals: one ending at 10:30 and one starting at 10:30 do not overlap. */
export const overlaps = (
  a: { readonly start: number; readonly end: number },
  b: { readonly start: number; readonly end: number },
): boolean => a.start < b.end && b.start < a.end;

interface Prepared {
  readonly event: SchedulableEvent;
  readonly start: number;
  readonly end: number;
  readonly venueKey: string;
  readonly people: readonly { key: string; name: string; spokesperson: boolean }[];
}

/** Normalises an event's venue and names once, for the many comparisons of a sweep. */
function prepare(event: SchedulableEvent): Prepared {
  const people = [
    { name: event.spokespersonName, spokesperson: true },
    { name: event.mainSpeakerName, spokesperson: false },
    { name: event.hostName, spokesperson: false },
  ]
    .map((person) => ({ ...person, key: personKey(person.name) }))
    .filter((person) => person.key !== '');
  return { event, ...intervalOf(event), venueKey: personKey(event.venue), people };
}

function shared(a: Prepared, b: Prepared): ConflictMatch[] {
  const matches: ConflictMatch[] = [];
  if (a.venueKey !== '' && a.venueKey === b.venueKey)
    matches.push({ resource: 'venue', name: a.event.venue.trim() });
  const seen = new Set<string>();
  for (const person of a.people) {
    if (seen.has(person.key)) continue;
    const other = b.people.filter((candidate) => candidate.key === person.key);
    if (other.length === 0) continue;
    seen.add(person.key);
    const spokesperson = person.spokesperson || other.some((candidate) => candidate.spokesperson);
    matches.push({ resource: spokesperson ? 'spokesperson' : 'leader', name: person.name.trim() });
  }
  return matches;
}

/** What two events share: the venue, and each person booked for both. */
export const sharedResources = (a: SchedulableEvent, b: SchedulableEvent): ConflictMatch[] =>
  shared(prepare(a), prepare(b));

/**
 * Every pair of overlapping events that share a venue or a person, by a sweep over start times:
 * each event is compared only with those still running when it starts.
 */
export function findConflicts(events: readonly SchedulableEvent[]): ScheduleConflict[] {
  const timed = events
    .map(prepare)
    .filter((item) => Number.isFinite(item.start))
    .sort((a, b) => a.start - b.start);
  const conflicts: ScheduleConflict[] = [];
  let running: Prepared[] = [];
  for (const item of timed) {
    running = running.filter((other) => other.end > item.start);
    for (const other of running) {
      const matches = shared(other, item);
      if (matches.length > 0)
        conflicts.push({ firstId: other.event.id, secondId: item.event.id, matches });
    }
    running.push(item);
  }
  return conflicts;
}

/** The events a proposed booking would clash with (the proposal's own id is skipped). */
export function conflictsWith(
  proposal: SchedulableEvent,
  events: readonly SchedulableEvent[],
): { readonly event: SchedulableEvent; readonly matches: readonly ConflictMatch[] }[] {
  const interval = intervalOf(proposal);
  if (!Number.isFinite(interval.start)) return [];
  return events
    .filter((event) => event.id !== proposal.id && overlaps(interval, intervalOf(event)))
    .map((event) => ({ event, matches: sharedResources(proposal, event) }))
    .filter((found) => found.matches.length > 0);
}
