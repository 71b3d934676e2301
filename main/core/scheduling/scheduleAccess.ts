import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { refusalOf } from '../../../shared/rules/requestWorkflow.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import type { ScheduleRow } from './scheduleRepository.ts';

/** Requests that hold a time: planned (drafted, in review) or approved; not cancelled or refused. */
export const bookedStates: readonly RequestState[] = [
  'draft',
  'unitReview',
  'newsOfficeReview',
  'authorityReview',
  'returned',
  'approved',
  'rescheduled',
];

/**
 * Approved events are the county's calendar and everyone sees them; a request still on its way
 * is seen by its own unit, its drafter, the news office and the competent authority.
 */
export const seesDetails = (actor: Actor, row: ScheduleRow): boolean =>
  row.state === 'approved' ||
  seesAllUnits(actor) ||
  actor.unitId === row.unitId ||
  actor.userId === row.draftedBy;

/** The same rule the request page applies; an approved event is moved by its own unit's drafter. */
export const mayReschedule = (actor: Actor, row: ScheduleRow): boolean =>
  refusalOf(
    {
      state: row.state,
      unitId: row.unitId,
      draftedBy: row.draftedBy,
      submittedBy: null,
      isEmergency: row.isEmergency,
      fastTracked: false,
      ratified: false,
      roundDecisions: [],
    },
    actor,
    'reschedule',
  ) === null;

/** The units whose own matters (dues, registers, plans) the actor looks after; null for all. */
export const ownUnits = (actor: Actor): readonly string[] | null =>
  seesAllUnits(actor) ? null : actor.unitId ? [actor.unitId] : [];
