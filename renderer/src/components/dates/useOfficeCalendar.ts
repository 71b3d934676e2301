import { useEffect, useState } from 'react';
import type { CalendarDay } from '../../../../shared/rules/workingDays.ts';
import { invoke } from '../../api.ts';

let cached: Promise<ReadonlyMap<string, CalendarDay>> | null = null;

/** Forget the loaded calendar, after the office's holidays were edited. */
export function forgetOfficeCalendar(): void {
  cached = null;
}

/** The office's holidays and adjusted workdays by date, loaded once per window. */
export function useOfficeCalendar(): ReadonlyMap<string, CalendarDay> {
  const [days, setDays] = useState<ReadonlyMap<string, CalendarDay>>(new Map());
  useEffect(() => {
    let current = true;
    cached ??= invoke('calendar:list', {}).then(
      (result) => new Map(result.ok ? result.value.map((day) => [day.date, day] as const) : []),
    );
    void cached.then((loaded) => {
      if (current) setDays(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return days;
}
