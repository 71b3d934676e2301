import { addDays, isWorkingDay, workingDaysAhead, type WorkCalendar } from './workingDays.ts';

/**
 * The periods the rules count in: a calendar quarter or a year, in Asia/Shanghai. Dates are
 * YYYY-MM-DD; `first` and `last` are inclusive. An event belongs to the period its start falls in,
 * by the Shanghai date (23:30 on 31 March is the first quarter, 00:30 on 1 April the second).
 */
export interface Period {
  readonly year: number;
  /** 1 to 4, or null for the whole year. */
  readonly quarter: number | null;
  readonly first: string;
  readonly last: string;
}

export const quarters = [1, 2, 3, 4] as const;

const pad = (value: number): string => String(value).padStart(2, '0');

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const first = `${year}-${pad(firstMonth)}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(firstMonth + 3)}-01`;
  return { year, quarter, first, last: addDays(next, -1) };
}

export const yearPeriod = (year: number): Period => ({
  year,
  quarter: null,
  first: `${year}-01-01`,
  last: `${year}-12-31`,
});

export const periodOf = (year: number, quarter: number | null): Period =>
  quarter === null ? yearPeriod(year) : quarterPeriod(year, quarter);

/** The Shanghai date of an ISO instant (UTC+8 all year: no daylight saving since 1991). */
export const dateOfInstant = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export const quarterOfDate = (date: string): number =>
  Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

export const inPeriod = (date: string, period: Period): boolean =>
  date >= period.first && date <= period.last;

/** The instants bounding a period, for queries: [from, before). */
export const periodInstants = (period: Period): { from: string; before: string } => ({
  from: `${period.first}T00:00:00+08:00`,
  before: `${addDays(period.last, 1)}T00:00:00+08:00`,
});

/** Calendar days left in the period counting today, 0 once it is over. */
export function daysLeft(period: Period, today: string): number {
  if (today > period.last) return 0;
  const from = today < period.first ? period.first : today;
  return Math.round((Date.parse(period.last) - Date.parse(from)) / 86_400_000) + 1;
}

/** Working days left in the period counting today (if it is one), 0 once it is over. */
export function workingDaysLeft(period: Period, today: string, calendar: WorkCalendar): number {
  if (today > period.last) return 0;
  const from = today < period.first ? period.first : today;
  return workingDaysAhead(addDays(from, -1), period.last, calendar);
}

/** The last working day of the period (the period's last day if it has none). */
export function lastWorkingDay(period: Period, calendar: WorkCalendar): string {
  for (let day = period.last; day >= period.first; day = addDays(day, -1)) {
    if (isWorkingDay(day, calendar)) return day;
  }
  return period.last;
}

/** A month-day deadline (MM-DD) in a year, as a date. */
export const deadlineIn = (year: number, monthDay: string): string => `${year}-${monthDay}`;
