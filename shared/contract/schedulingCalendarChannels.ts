import { z } from 'zod';
import type { ConflictFinding, Reminder, ScheduleView } from '../domain/scheduling.ts';
import type { AnnualPlanView } from '../domain/schedulingPlans.ts';
import { eventForms } from '../domain/requests.ts';
import { defineChannel } from './channel.ts';
import type { ExportedFile } from './exportedFile.ts';
import { identifier, limits, noInput } from './limits.ts';
import { isoInstant } from './requestSchemas.ts';
import { isoDate, scheduleFilter, year } from './schedulingSchemas.ts';
import { displayTitle, plainText } from '../text/displayText.ts';

const name = () => z.string().max(50);

export const scheduleCalendarChannels = {
  /** The calendar's events in [from, before) (at most 100 days), with conflicts and holidays. */
  'schedule:events': defineChannel<ScheduleView>()({
    input: z.strictObject({ from: isoDate(), before: isoDate(), ...scheduleFilter }),
    access: 'schedule.view',
  }),
  /**
   * What a booking would clash with: a request as saved, or with a proposed time, venue or people
   * (what the form shows before saving, or a new time before rescheduling).
   */
  'schedule:conflicts': defineChannel<readonly ConflictFinding[]>()({
    input: z.strictObject({
      requestId: identifier().optional(),
      startsAt: isoInstant().optional(),
      endsAt: isoInstant().nullable().optional(),
      venue: z.string().max(200).optional(),
      hostName: name().optional(),
      mainSpeakerName: name().optional(),
      spokespersonName: name().optional(),
    }),
    access: 'schedule.view',
  }),
  /** An iCalendar file of one event, chosen events, or the events a filter shows. */
  'schedule:exportIcs': defineChannel<ExportedFile>()({
    input: z.strictObject({
      requestIds: z.array(identifier()).max(limits.list).optional(),
      from: isoDate().optional(),
      before: isoDate().optional(),
      ...scheduleFilter,
    }),
    access: 'schedule.view',
  }),
  /** What the user should act on soon: events ahead, dues, deadlines and rules at risk. */
  'schedule:reminders': defineChannel<readonly Reminder[]>()({
    input: noInput,
    access: 'signedIn',
    passive: true,
  }),
  'plans:list': defineChannel<AnnualPlanView>()({
    input: z.strictObject({ year: year(), unitId: identifier().optional() }),
    access: 'schedule.view',
  }),
  /** Replaces one unit's plan for a year with these lines, in this order. */
  'plans:save': defineChannel<AnnualPlanView>()({
    input: z.strictObject({
      unitId: identifier(),
      year: year(),
      items: z
        .array(
          z.strictObject({
            id: identifier().optional(),
            quarter: z.number().int().min(1).max(4),
            form: z.enum(eventForms),
            topic: displayTitle(200, '议题'),
            note: plainText(1000),
            requestId: identifier().nullable(),
          }),
        )
        .max(100),
    }),
    access: 'registers.edit',
  }),
};
