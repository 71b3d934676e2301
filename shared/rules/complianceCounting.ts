import type { ExclusionReason } from '../domain/schedulingCompliance.ts';
import type { EventForm, Person, RequestState } from '../domain/requests.ts';
import type { UnitKind } from '../domain/units.ts';
import { personKey } from './personKey.ts';

/** What the rules need to know of an event (an approval request). */
export interface ComplianceEvent {
  readonly id: string;
  readonly unitId: string;
  /** The kind of the requesting unit: the news office's own conferences are counted apart. */
  readonly unitKind: UnitKind;
  readonly form: EventForm;
  readonly state: RequestState;
  readonly startsAt: string | null;
  readonly isEmergency: boolean;
  /** Host, main speaker, spokesperson and participants. */
  readonly people: readonly Person[];
}

/** What the rules need to know of a unit's people: its filed spokespersons and principal head. */
export interface UnitPeople {
  readonly unitName: string;
  readonly spokespersonNames: readonly string[];
  readonly principalHeadName: string;
}

/**
 * What counts, decided here once: an event counts when it is approved for a time in the period
 * ("approved and held"; an approved event ahead in the period counts, and shows as upcoming).
 * Cancelled, rejected and withdrawn events never count; a postponed or rescheduled event counts
 * again only once it is approved again, at its new time. Emergencies count as press conferences
 * whatever form they were registered in.
 */
export const isCounted = (event: ComplianceEvent): boolean =>
  event.state === 'approved' && event.startsAt !== null;

export const isPressConference = (event: ComplianceEvent): boolean =>
  event.form === 'pressConference' || event.isEmergency;

export const isOnlineInterview = (event: ComplianceEvent): boolean =>
  event.form === 'onlineInterview';

/** 县政府新闻办公室新闻发布会: held by the news office or the county government office (point 2). */
export const isNewsOfficeConference = (event: ComplianceEvent): boolean =>
  isPressConference(event) &&
  (event.unitKind === 'newsOffice' || event.unitKind === 'countyOffice');

export interface Attendance {
  readonly spokesperson: boolean;
  readonly principalHead: boolean;
  /** Someone whose title names the unit, e.g. 县教育体育局副局长 (a 相关负责人). */
  readonly official: boolean;
}

/** Which of a unit's people the event lists, matched by name (and by title for officials). */
export function attendanceOf(event: ComplianceEvent, unit: UnitPeople): Attendance {
  const names = new Set(event.people.map((person) => personKey(person.name)).filter(Boolean));
  const unitName = personKey(unit.unitName);
  const head = personKey(unit.principalHeadName);
  return {
    spokesperson: unit.spokespersonNames.some((name) => names.has(personKey(name))),
    principalHead: head !== '' && names.has(head),
    official:
      unitName !== '' &&
      event.people.some(
        (person) => person.name.trim() !== '' && personKey(person.title).includes(unitName),
      ),
  };
}

export const attended = (attendance: Attendance): boolean =>
  attendance.spokesperson || attendance.principalHead || attendance.official;

/** Why an event of the right unit, form and period is not counted, or null when it is. */
export function exclusionOf(event: ComplianceEvent): ExclusionReason | null {
  switch (event.state) {
    case 'approved':
      return event.startsAt === null ? 'pendingApproval' : null;
    case 'cancelled':
      return 'cancelled';
    case 'postponed':
      return 'postponed';
    case 'rescheduled':
      return 'rescheduledAwaitingApproval';
    case 'rejected':
      return 'rejected';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'pendingApproval';
  }
}
