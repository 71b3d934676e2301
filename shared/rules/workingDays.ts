import { parseTypedDay } from '../text/chineseDates.ts';

/**
 * Working days in China: Monday to Friday, except public holidays, plus the weekend days that are
 * declared working days (调休). Dates are calendar dates in Asia/Shanghai, written YYYY-MM-DD.
 */
export interface WorkCalendar {
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

export interface CalendarDay {
  readonly date: string;
  readonly kind: 'holiday' | 'workday';
  readonly name: string;
}

export const workCalendarOf = (days: readonly CalendarDay[]): WorkCalendar => ({
  holidays: new Set(days.filter((day) => day.kind === 'holiday').map((day) => day.date)),
  workdays: new Set(days.filter((day) => day.kind === 'workday').map((day) => day.date)),
});

const dayMs = 86_400_000;
const toUtcMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtcMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string =>
  fromUtcMs(toUtcMs(date) + days * dayMs);

const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant in Asia/Shanghai. */
export const shanghaiDate = (instant: Date): string => shanghaiDateFormat.format(instant);

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * How many working days ahead `to` lies from `from`: the working days after `from`, up to and
 * including `to`. Submitting on Monday for a Thursday event is 3 working days ahead.
 */
export function workingDaysAhead(from: string, to: string, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  // Weekdays counted arithmetically, then corrected by the (few) listed holidays and workdays.
  const days = Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
  const firstWeekday = (new Date(toUtcMs(from)).getUTCDay() + 1) % 7;
  let count = Math.floor(days / 7) * 5;
  for (let offset = 0; offset < days % 7; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  const inRange = (date: string) => date > from && date <= to;
  const weekend = (date: string) => [0, 6].includes(new Date(toUtcMs(date)).getUTCDay());
  for (const date of calendar.holidays) {
    if (inRange(date) && !weekend(date) && !calendar.workdays.has(date)) count -= 1;
  }
  for (const date of calendar.workdays) if (inRange(date) && weekend(date)) count += 1;
  return count;
}

/** The last working day on which something due `lead` working days ahead of `eventDate` is on time. */
export function latestDateAhead(eventDate: string, lead: number, calendar: WorkCalendar): string {
  let day = eventDate;
  // A deadline falls on a working day: a Sunday "3 working days ahead" is the Friday before.
  while (workingDaysAhead(day, eventDate, calendar) < lead || !isWorkingDay(day, calendar)) {
    day = addDays(day, -1);
  }
  return day;
}

const calendarLine =
  /^\s*([^,\uFF0C\t]+?)\s*[,\uFF0C\t]\s*(holiday|workday|放假|休|假日|调休上班|上班|班)\s*(?:[,\uFF0C\t]\s*(.*?))?\s*$/;

/**
 * Parses an imported holiday list, one day a line: `2026年10月1日，放假，国庆节` or
 * `2026-09-27，上班，国庆调休` (the day with its year in any form people type; holiday/workday,
 * 休/班 and 调休上班 accepted too). Returns the days and the lines it could not read.
 */
export function parseCalendarLines(text: string): { days: CalendarDay[]; invalidLines: number[] } {
  const days: CalendarDay[] = [];
  const invalidLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const match = calendarLine.exec(line);
    // No year is taken for granted: 10月1日 alone is not a day of the list.
    const date = match?.[1] ? parseTypedDay(match[1], Number.NaN) : null;
    if (!match || !date) {
      invalidLines.push(index + 1);
      return;
    }
    const kind =
      match[2] === 'holiday' || match[2] === '放假' || match[2] === '休' || match[2] === '假日'
        ? 'holiday'
        : 'workday';
    days.push({ date, kind, name: match[3] ?? '' });
  });
  return { days, invalidLines };
}
