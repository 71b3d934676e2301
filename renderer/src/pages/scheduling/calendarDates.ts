import { addDays, shanghaiDate } from '../../../../shared/rules/workingDays.ts';

/** The calendar's views: a month of weeks, one week by the hour, or an agenda of a month. */
export type CalendarMode = 'month' | 'week' | 'agenda';

/** Monday 1 … Sunday 7 of a date (YYYY-MM-DD), as Chinese calendars count. */
export const isoWeekday = (date: string): number => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;

export function shiftMonth(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number);
  const index = (year ?? 0) * 12 + (month ?? 1) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The dates a view shows, [from, before). A month shows six whole weeks from a Monday. */
export function rangeOf(mode: CalendarMode, anchor: string): { from: string; before: string } {
  if (mode === 'week') {
    const from = mondayOf(anchor);
    return { from, before: addDays(from, 7) };
  }
  if (mode === 'agenda') return { from: monthStart(anchor), before: shiftMonth(anchor, 1) };
  const from = mondayOf(monthStart(anchor));
  return { from, before: addDays(from, 42) };
}

export function step(mode: CalendarMode, anchor: string, direction: 1 | -1): string {
  return mode === 'week' ? addDays(anchor, 7 * direction) : shiftMonth(anchor, direction);
}

export const datesFrom = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_unused, index) => addDays(from, index));

export const todayInShanghai = (): string => shanghaiDate(new Date());

/** An instant's Shanghai date and time: ['2026-12-10', '09:30']. */
export function shanghaiParts(iso: string): [string, string] {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return [shifted.slice(0, 10), shifted.slice(11, 16)];
}

/** Minutes after Shanghai midnight. */
export const minutesOfDay = (iso: string): number => {
  const [, time] = shanghaiParts(iso);
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};
