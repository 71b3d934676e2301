import { describe, expect, it } from 'vitest';
import {
  addDays,
  isWorkingDay,
  latestDateAhead,
  parseCalendarLines,
  shanghaiDate,
  workCalendarOf,
  workingDaysAhead,
} from './workingDays.ts';

// A National Day week as counties publish it: 10-01..10-07 off, Saturday 10-10 worked.
const calendar = workCalendarOf([
  ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({
    date: `2026-10-${day}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { date: '2026-10-10', kind: 'workday', name: '国庆调休' },
  { date: '2026-09-27', kind: 'workday', name: '国庆调休' },
]);
const none = workCalendarOf([]);

describe('working days', () => {
  it.each([
    ['2026-11-23', true, 'Monday'],
    ['2026-11-28', false, 'Saturday'],
    ['2026-11-29', false, 'Sunday'],
    ['2026-10-01', false, 'holiday on a Thursday'],
    ['2026-10-10', true, 'adjusted workday on a Saturday'],
    ['2026-09-27', true, 'adjusted workday on a Sunday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });

  it.each([
    ['Monday to Thursday', '2026-11-23', '2026-11-26', 3],
    ['Thursday to next Tuesday, across a weekend', '2026-11-26', '2026-12-01', 3],
    ['Friday to Saturday', '2026-11-27', '2026-11-28', 0],
    ['same day', '2026-11-26', '2026-11-26', 0],
    ['across the National Day holiday', '2026-09-29', '2026-10-09', 3],
    ['including an adjusted Saturday', '2026-10-08', '2026-10-12', 3],
    ['across a year boundary', '2026-12-30', '2027-01-04', 3],
  ])('%s', (_name, from, to, expected) => {
    expect(workingDaysAhead(from, to, calendar)).toBe(expected);
  });

  it('finds the last day a request is still on time', () => {
    expect(latestDateAhead('2026-11-26', 3, none)).toBe('2026-11-23');
    expect(latestDateAhead('2026-12-01', 3, none)).toBe('2026-11-26');
    expect(latestDateAhead('2026-10-09', 3, calendar)).toBe('2026-09-29');
    expect(latestDateAhead('2026-12-02', 3, none)).toBe('2026-11-27');
  });

  it('takes the calendar date in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-26T15:59:00Z'))).toBe('2026-11-26');
  });

  it('parses an imported list and names the lines it cannot read', () => {
    const { days, invalidLines } = parseCalendarLines(
      '# 2026 国庆\n2026-10-01,holiday,国庆节\n2026-10-10,班，调休\n\n2026-02-30,holiday,x\nnonsense',
    );
    expect(days).toEqual([
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-10', kind: 'workday', name: '调休' },
    ]);
    expect(invalidLines).toEqual([5, 6]);
  });

  it('reads a day written the Chinese way, with its year, and refuses one without', () => {
    const { days, invalidLines } = parseCalendarLines(
      '2026年10月1日，放假，国庆节\n2026年9月27日（星期日），上班，国庆节调休\n10月8日，放假',
    );
    expect(days).toEqual([
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-09-27', kind: 'workday', name: '国庆节调休' },
    ]);
    expect(invalidLines).toEqual([3]);
  });
});

describe('working-day counting agrees with a day-by-day count', () => {
  it('over many ranges, with holidays and adjusted workdays', () => {
    const dayByDay = (from: string, to: string) => {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
        if (isWorkingDay(day, calendar)) count += 1;
      return count;
    };
    for (let start = 0; start < 60; start += 3) {
      for (const length of [0, 1, 2, 5, 6, 7, 8, 13, 30, 400]) {
        const from = addDays('2026-09-01', start);
        const to = addDays(from, length);
        expect(workingDaysAhead(from, to, calendar), `${from}..${to}`).toBe(dayByDay(from, to));
      }
    }
  });
});
