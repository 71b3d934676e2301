import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ConflictFinding } from '../../../shared/domain/scheduling.ts';
import {
  conflictsWith,
  intervalOf,
  type SchedulableEvent,
} from '../../../shared/rules/scheduleConflicts.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import type { CallContext } from '../callContext.ts';
import { bookedStates, seesDetails } from './scheduleAccess.ts';
import { listScheduleRows, type ScheduleRow } from './scheduleRepository.ts';
import { schedulable } from './scheduleService.ts';

const dayMs = 86_400_000;

/** The bookings overlapping a proposal that share its venue or a person, whoever's they are. */
export function findBookingConflicts(
  db: DatabaseSync,
  proposal: SchedulableEvent,
): { row: ScheduleRow; matches: ConflictFinding['matches'] }[] {
  const { start, end } = intervalOf(proposal);
  if (!Number.isFinite(start)) return [];
  const rows = listScheduleRows(db, {
    // Anything starting up to a day before could still be running.
    from: new Date(start - dayMs).toISOString(),
    before: new Date(end).toISOString(),
    states: bookedStates,
    limit: 2000,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return conflictsWith(proposal, rows.map(schedulable)).flatMap(({ event, matches }) => {
    const row = byId.get(event.id);
    return row ? [{ row, matches }] : [];
  });
}

/**
 * The conflict warning of the request form and of rescheduling: a saved request, a proposal, or a
 * saved request with some of its fields changed. Others' requests in approval come without titles.
 */
export function checkConflicts(
  db: DatabaseSync,
  input: ParsedInput<'schedule:conflicts'>,
  context: CallContext,
): ConflictFinding[] {
  const actor = requireActor(context);
  const saved = input.requestId ? loadRequest(db, input.requestId) : null;
  if (saved) checkVisible(actor, saved);
  const startsAt = input.startsAt ?? saved?.fields.startsAt ?? null;
  if (startsAt === null) {
    if (saved) return [];
    throw new AppError('invalid_input', '请给出要检查的报批或拟发布时间。');
  }
  const content = saved?.fields.content;
  const proposal: SchedulableEvent = {
    id: saved?.id ?? '',
    startsAt,
    endsAt: input.endsAt !== undefined ? input.endsAt : (saved?.fields.endsAt ?? null),
    venue: input.venue ?? saved?.fields.venue ?? '',
    hostName: input.hostName ?? content?.host.name ?? '',
    mainSpeakerName: input.mainSpeakerName ?? content?.mainSpeaker.name ?? '',
    spokespersonName: input.spokespersonName ?? content?.spokesperson.name ?? '',
  };
  return findBookingConflicts(db, proposal).map(({ row, matches }) => ({
    requestId: row.id,
    title: seesDetails(actor, row) ? row.title : '',
    unitName: row.unitName,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.venue,
    matches,
  }));
}

/** How many bookings clash with a saved request (the event workspace's stage bar asks this). */
export function countRequestConflicts(db: DatabaseSync, requestId: string): number {
  const saved = loadRequest(db, requestId);
  const { fields } = saved;
  if (fields.startsAt === null || !bookedStates.includes(saved.state)) return 0;
  return findBookingConflicts(db, {
    id: saved.id,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    venue: fields.venue,
    hostName: fields.content.host.name,
    mainSpeakerName: fields.content.mainSpeaker.name,
    spokespersonName: fields.content.spokesperson.name,
  }).length;
}
