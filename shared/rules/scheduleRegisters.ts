import type { FilingStanding } from '../domain/schedulingRegisters.ts';
import { addDays } from './workingDays.ts';

/** The first date on or after `date` that falls on the month-day `monthDay` (MM-DD). */
export function deadlineOnOrAfter(date: string, monthDay: string): string {
  const year = Number(date.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear >= date ? sameYear : `${year + 1}-${monthDay}`;
}

/** A spokesperson or expert is due for filing by the first deadline after they took office. */
export const entryDeadline = (since: string, monthDay: string): string =>
  deadlineOnOrAfter(since, monthDay);

/** A new-media account is due `days` after it opened. */
export const accountFilingDeadline = (openedOn: string, days: number): string =>
  addDays(openedOn, days);

export function filingStanding(
  filedOn: string | null,
  deadline: string,
  today: string,
): FilingStanding {
  if (filedOn !== null) return filedOn <= deadline ? 'filed' : 'filedLate';
  return today > deadline ? 'overdue' : 'pending';
}
