import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type {
  CalendarConflict,
  CalendarEvent,
  HiddenBooking,
  ScheduleView,
} from '../../../shared/domain/scheduling.ts';
import { findConflicts, type SchedulableEvent } from '../../../shared/rules/scheduleConflicts.ts';
import { addDays } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { listCalendarDays } from '../calendar/calendarRepository.ts';
import type { CallContext } from '../callContext.ts';
import { bookedStates, mayReschedule, seesDetails } from './scheduleAccess.ts';
import { listScheduleRows, type ScheduleRow } from './scheduleRepository.ts';

export const maxRangeDays = 100;
const maxEvents = 5000;

export const schedulable = (row: ScheduleRow): SchedulableEvent => ({
  id: row.id,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  venue: row.venue,
  hostName: row.host.name,
  mainSpeakerName: row.mainSpeaker.name,
  spokespersonName: row.spokesperson.name,
});

export function calendarEventOf(row: ScheduleRow, actor: Actor): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    unitId: row.unitId,
    unitName: row.unitName,
    form: row.form,
    conferenceKind: row.conferenceKind,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.venue,
    isEmergency: row.isEmergency,
    hostName: row.host.name,
    mainSpeakerName: row.mainSpeaker.name,
    spokespersonName: row.spokesperson.name,
    canReschedule: mayReschedule(actor, row),
  };
}

const shanghaiMidnight = (date: string): string => `${date}T00:00:00+08:00`;

export function checkRange(from: string, before: string): void {
  const days = (Date.parse(before) - Date.parse(from)) / 86_400_000;
  if (!(days > 0)) throw new AppError('invalid_input', '结束日期应晚于开始日期。');
  if (days > maxRangeDays)
    throw new AppError('range_too_long', `一次最多显示 ${maxRangeDays} 天的排期，请缩小日期范围。`);
}

export interface ScheduleFilter {
  readonly unitIds?: readonly string[] | undefined;
  readonly forms?: readonly string[] | undefined;
  readonly states?: readonly string[] | undefined;
}

/** The filter's own test, after visibility: unit, form and state. */
export const matchesFilter = (row: ScheduleRow, filter: ScheduleFilter): boolean =>
  (!filter.unitIds?.length || filter.unitIds.includes(row.unitId)) &&
  (!filter.forms?.length || filter.forms.includes(row.form)) &&
  (!filter.states?.length || filter.states.includes(row.state));

/**
 * The calendar of [from, before): the events the viewer may see that pass the filter, every
 * conflict touching one of them (computed over all bookings, whoever's), and the holidays.
 */
export function scheduleView(
  db: DatabaseSync,
  input: ParsedInput<'schedule:events'>,
  context: CallContext,
): ScheduleView {
  const actor = requireActor(context);
  checkRange(input.from, input.before);
  const states = [...new Set([...bookedStates, ...(input.states ?? [])])];
  // A day either side, so an event running over midnight still meets its neighbours.
  const rows = listScheduleRows(db, {
    from: shanghaiMidnight(addDays(input.from, -1)),
    before: shanghaiMidnight(addDays(input.before, 1)),
    states,
    limit: maxEvents,
  });
  const from = Date.parse(shanghaiMidnight(input.from));
  const before = Date.parse(shanghaiMidnight(input.before));
  const shown = rows.filter((row) => {
    const start = Date.parse(row.startsAt);
    return start >= from && start < before && seesDetails(actor, row) && matchesFilter(row, input);
  });
  const shownIds = new Set(shown.map((row) => row.id));
  const conflicts: CalendarConflict[] = findConflicts(
    rows.filter((row) => bookedStates.includes(row.state)).map(schedulable),
  ).filter((conflict) => shownIds.has(conflict.firstId) || shownIds.has(conflict.secondId));
  const involved = new Set(conflicts.flatMap((conflict) => [conflict.firstId, conflict.secondId]));
  const hidden: HiddenBooking[] = rows
    .filter((row) => involved.has(row.id) && !shownIds.has(row.id))
    .map((row) => ({
      id: row.id,
      title: seesDetails(actor, row) ? row.title : '',
      unitName: row.unitName,
      state: row.state,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
    }));
  return {
    from: input.from,
    before: input.before,
    events: shown.map((row) => calendarEventOf(row, actor)),
    hidden,
    conflicts,
    days: listCalendarDays(db).filter((day) => day.date >= input.from && day.date < input.before),
  };
}
