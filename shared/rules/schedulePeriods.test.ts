import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  lastWorkingDay,
  periodInstants,
  quarterPeriod,
  workingDaysLeft,
  yearPeriod,
} from './schedulePeriods.ts';
import { deadlineOnOrAfter, filingStanding } from './scheduleRegisters.ts';
import { workCalendarOf } from './workingDays.ts';

const newYear = workCalendarOf([
  { date: '2026-12-31', kind: 'holiday', name: '元旦' },
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
]);

describe('periods', () => {
  it.each([
    [1, '2026-01-01', '2026-03-31'],
    [2, '2026-04-01', '2026-06-30'],
    [3, '2026-07-01', '2026-09-30'],
    [4, '2026-10-01', '2026-12-31'],
  ])('quarter %i runs %s to %s', (quarter, first, last) => {
    expect(quarterPeriod(2026, quarter)).toMatchObject({ first, last });
  });

  it('bounds a period by Shanghai midnights', () => {
    expect(periodInstants(yearPeriod(2026))).toEqual({
      from: '2026-01-01T00:00:00+08:00',
      before: '2027-01-01T00:00:00+08:00',
    });
  });

  it.each([
    ['the first day', '2026-10-01', 92, 66],
    ['the last day', '2026-12-31', 1, 1],
    ['after it', '2027-01-02', 0, 0],
    ['before it', '2026-09-01', 92, 66],
  ])('days left in the fourth quarter on %s', (_name, today, days, working) => {
    const period = quarterPeriod(2026, 4);
    expect(daysLeft(period, today)).toBe(days);
    expect(workingDaysLeft(period, today, workCalendarOf([]))).toBe(working);
  });

  it('a New Year’s Eve holiday moves the last working day and the count', () => {
    const period = quarterPeriod(2026, 4);
    expect(lastWorkingDay(period, newYear)).toBe('2026-12-30');
    expect(workingDaysLeft(period, '2026-12-28', newYear)).toBe(3);
  });
});

describe('register deadlines', () => {
  it.each([
    ['2026-03-01', '12-31', '2026-12-31'],
    ['2026-12-31', '12-31', '2026-12-31'],
    ['2026-08-01', '06-30', '2027-06-30'],
  ])('appointed %s with deadline %s is due %s', (since, monthDay, due) => {
    expect(deadlineOnOrAfter(since, monthDay)).toBe(due);
  });

  it.each([
    ['2026-12-31', '2026-12-20', 'filed'],
    ['2027-01-03', '2027-01-05', 'filedLate'],
    [null, '2026-12-20', 'pending'],
    [null, '2027-01-02', 'overdue'],
  ] as const)('filed %s, today %s: %s', (filedOn, today, standing) => {
    expect(filingStanding(filedOn, '2026-12-31', today)).toBe(standing);
  });
});
