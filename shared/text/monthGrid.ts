/** The days a month view shows: whole weeks from Monday to Sunday covering the month. */
export interface GridDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly day: number;
  readonly inMonth: boolean;
  /** 0 = Monday … 6 = Sunday. */
  readonly column: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

export const isoDay = (year: number, month: number, day: number): string => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** `month` is 1–12; the result has 35 or 42 days. */
export function monthGrid(year: number, month: number): readonly GridDay[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const leading = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Math.ceil((leading + daysInMonth) / 7) * 7;
  return Array.from({ length: cells }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1, 1 - leading + index));
    return {
      date: isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()),
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month - 1,
      column: index % 7,
    };
  });
}

/** The day `offset` days after `date` (both `YYYY-MM-DD`). */
export function shiftDay(date: string, offset: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDay(year, month, day + offset);
}

/** The same day of the month `offset` months later, clamped to the month's last day. */
export function shiftMonth(date: string, offset: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + offset, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return isoDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, lastDay));
}
