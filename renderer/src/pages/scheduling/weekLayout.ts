import type { CalendarEvent } from '../../../../shared/domain/scheduling.ts';
import { minutesOfDay } from './calendarDates.ts';

export const dayStartHour = 7;
export const dayEndHour = 21;
const span = (dayEndHour - dayStartHour) * 60;

export interface PlacedEvent {
  readonly event: CalendarEvent;
  /** Top and height as percentages of the day column; lane and lanes for side-by-side overlaps. */
  readonly top: number;
  readonly height: number;
  readonly lane: number;
  readonly lanes: number;
}

/** Places a day's events on the time axis; overlapping events share the width in lanes. */
export function placeDay(events: readonly CalendarEvent[]): PlacedEvent[] {
  const timed = events
    .map((event) => {
      const start = minutesOfDay(event.startsAt);
      const end = event.endsAt ? Math.max(minutesOfDay(event.endsAt), start + 15) : start + 60;
      return { event, start, end };
    })
    .sort((a, b) => a.start - b.start);
  const placed: { item: (typeof timed)[number]; lane: number; group: number }[] = [];
  let group = 0;
  let groupEnd = -1;
  const laneEnds: number[] = [];
  for (const item of timed) {
    if (item.start >= groupEnd) {
      group += 1;
      laneEnds.length = 0;
    }
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    groupEnd = Math.max(groupEnd, item.end);
    placed.push({ item, lane, group });
  }
  const lanesOf = (value: number) =>
    Math.max(...placed.filter((entry) => entry.group === value).map((entry) => entry.lane)) + 1;
  const clamp = (minutes: number) => Math.min(Math.max(minutes - dayStartHour * 60, 0), span);
  return placed.map(({ item, lane, group: value }) => ({
    event: item.event,
    top: (clamp(item.start) / span) * 100,
    height: Math.max(((clamp(item.end) - clamp(item.start)) / span) * 100, 3),
    lane,
    lanes: lanesOf(value),
  }));
}
