import type { CalendarDay } from '../rules/workingDays.ts';
import type { ConflictMatch } from '../rules/scheduleConflicts.ts';
import type { ConferenceKind, EventForm, RequestState } from './requests.ts';
import type { ComplianceRule } from './schedulingCompliance.ts';

/** An event as the calendar shows it (an approval request with a time). */
export interface CalendarEvent {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly form: EventForm;
  readonly conferenceKind: ConferenceKind | null;
  readonly state: RequestState;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly venue: string;
  readonly isEmergency: boolean;
  readonly hostName: string;
  readonly mainSpeakerName: string;
  readonly spokespersonName: string;
  /** Whether the viewer may move it (an approved event of their own unit; voids the approval). */
  readonly canReschedule: boolean;
}

/**
 * A booking a shown event clashes with that the calendar does not show: filtered out, outside the
 * range, or another unit's request still in approval (then without its title).
 */
export interface HiddenBooking {
  readonly id: string;
  /** Empty when the viewer may not see it. */
  readonly title: string;
  readonly unitName: string;
  readonly state: RequestState;
  readonly startsAt: string;
  readonly endsAt: string | null;
}

export interface CalendarConflict {
  readonly firstId: string;
  readonly secondId: string;
  readonly matches: readonly ConflictMatch[];
}

export interface ScheduleView {
  /** The dates shown, [from, before). */
  readonly from: string;
  readonly before: string;
  readonly events: readonly CalendarEvent[];
  readonly hidden: readonly HiddenBooking[];
  readonly conflicts: readonly CalendarConflict[];
  /** Holidays and adjusted workdays in the range. */
  readonly days: readonly CalendarDay[];
}

/** A booking a proposed time, place or person clashes with. */
export interface ConflictFinding {
  readonly requestId: string;
  /** Empty when the viewer may not see the other request's title. */
  readonly title: string;
  readonly unitName: string;
  readonly state: RequestState;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly venue: string;
  readonly matches: readonly ConflictMatch[];
}

export const reminderKinds = [
  'eventSoon',
  'requestDue',
  'materialsDue',
  'quarterConference',
  'spokespersonFiling',
  'expertPoolFiling',
  'accountFiling',
  'unitsAtRisk',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Something the user should act on by a date, for the home page. */
export interface Reminder {
  readonly kind: ReminderKind;
  /** The event date, or the date something is due (Asia/Shanghai). */
  readonly date: string;
  /** Calendar days from today; negative when overdue. */
  readonly daysLeft: number;
  readonly requestId: string | null;
  /** The event's title, the register entry's name, or empty. */
  readonly title: string;
  readonly unitName: string;
  /** How many units or entries it concerns, where it is a summary. */
  readonly count: number;
  /** The rule at risk, for the summaries of the board. */
  readonly rule: ComplianceRule | null;
}
