import type { DatabaseSync } from 'node:sqlite';
import {
  workCalendarOf,
  type CalendarDay,
  type WorkCalendar,
} from '../../../shared/rules/workingDays.ts';

export function listCalendarDays(db: DatabaseSync): CalendarDay[] {
  return db
    .prepare('SELECT date, kind, name FROM calendar_days ORDER BY date')
    .all() as unknown as CalendarDay[];
}

export const readWorkCalendar = (db: DatabaseSync): WorkCalendar =>
  workCalendarOf(listCalendarDays(db));

export function upsertCalendarDay(db: DatabaseSync, day: CalendarDay): void {
  db.prepare(
    'INSERT INTO calendar_days (date, kind, name) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name',
  ).run(day.date, day.kind, day.name);
}

export function removeCalendarDay(db: DatabaseSync, date: string): number {
  return Number(db.prepare('DELETE FROM calendar_days WHERE date = ?').run(date).changes);
}
