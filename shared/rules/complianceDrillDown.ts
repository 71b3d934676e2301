import type { ComplianceRule, ExclusionReason } from '../domain/schedulingCompliance.ts';
import {
  attendanceOf,
  attended,
  exclusionOf,
  isNewsOfficeConference,
  isOnlineInterview,
  isPressConference,
  type ComplianceEvent,
  type UnitPeople,
} from './complianceCounting.ts';
import { dateOfInstant, inPeriod, type Period } from './schedulePeriods.ts';

export interface CellEvents {
  readonly counted: readonly string[];
  readonly notCounted: readonly { readonly id: string; readonly reason: ExclusionReason }[];
}

/** Which events a rule looks at for a unit, before asking whether each counts. */
function concerns(
  rule: ComplianceRule,
  unitId: string,
  people: UnitPeople,
): ((event: ComplianceEvent) => boolean) | null {
  switch (rule) {
    case 'pressConference':
      return (event) => event.unitId === unitId && isPressConference(event);
    case 'onlineInterviews':
      return (event) => event.unitId === unitId && isOnlineInterview(event);
    case 'newsOfficeAppearance':
      return (event) => isNewsOfficeConference(event) && attended(attendanceOf(event, people));
    case 'principalHeadAppearance':
      return (event) => isNewsOfficeConference(event) && attendanceOf(event, people).principalHead;
    case 'principalHeadInterview':
      return (event) => isOnlineInterview(event) && attendanceOf(event, people).principalHead;
    default:
      return null;
  }
}

/**
 * The events behind one cell: those counted, and those that would be but are not (cancelled,
 * postponed, awaiting approval…), each with why, in time order.
 */
export function cellEvents(
  rule: ComplianceRule,
  unitId: string,
  people: UnitPeople,
  period: Period,
  events: readonly ComplianceEvent[],
): CellEvents {
  const relevant = concerns(rule, unitId, people);
  if (!relevant) return { counted: [], notCounted: [] };
  const inside = events
    .filter((event) => event.startsAt !== null && inPeriod(dateOfInstant(event.startsAt), period))
    .filter(relevant)
    .sort((a, b) => Date.parse(a.startsAt ?? '') - Date.parse(b.startsAt ?? ''));
  const counted: string[] = [];
  const notCounted: { id: string; reason: ExclusionReason }[] = [];
  for (const event of inside) {
    const reason = exclusionOf(event);
    if (reason === null) counted.push(event.id);
    else notCounted.push({ id: event.id, reason });
  }
  return { counted, notCounted };
}
