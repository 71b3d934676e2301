import { describe, expect, it } from 'vitest';
import { monthGrid, shiftDay, shiftMonth } from './monthGrid.ts';

describe('monthGrid', () => {
  it('covers the month in whole weeks starting on Monday', () => {
    const december = monthGrid(2026, 12);
    // 1 December 2026 is a Tuesday: one leading day (Monday 30 November).
    expect(december[0]).toEqual({ date: '2026-11-30', day: 30, inMonth: false, column: 0 });
    expect(december[1]).toMatchObject({ date: '2026-12-01', inMonth: true, column: 1 });
    expect(december).toHaveLength(35);
    expect(december.at(-1)).toMatchObject({ date: '2027-01-03', inMonth: false, column: 6 });
    expect(december.filter((day) => day.inMonth)).toHaveLength(31);
    // February 2027 starts on a Monday and has exactly four weeks.
    expect(monthGrid(2027, 2)).toHaveLength(28);
  });

  it('moves by days and months across year ends and short months', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2027-03-01', -1)).toBe('2027-02-28');
    expect(shiftMonth('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonth('2026-12-15', 1)).toBe('2027-01-15');
    expect(shiftMonth('2027-01-15', -1)).toBe('2026-12-15');
  });
});
