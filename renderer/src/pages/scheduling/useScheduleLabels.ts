import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '../../../../shared/domain/scheduling.ts';
import { isoWeekday, shanghaiParts } from './calendarDates.ts';

const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Dates and times as the UI language writes them (2026年12月10日 / 10 Dec 2026). */
export function useScheduleLabels() {
  const { t } = useTranslation();
  const parts = (date: string) => ({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  });
  const weekday = (date: string): string =>
    t(`scheduling.weekdays.${weekdayKeys[isoWeekday(date) - 1] ?? 'mon'}`);
  return {
    month: (date: string) => t('scheduling.labels.month', parts(date)),
    day: (date: string) => t('scheduling.labels.day', parts(date)),
    fullDate: (date: string) => t('scheduling.labels.fullDate', parts(date)),
    dayWithWeekday: (date: string) =>
      t('scheduling.labels.dayWithWeekday', { ...parts(date), weekday: weekday(date) }),
    weekday,
    timeRange: (event: Pick<CalendarEvent, 'startsAt' | 'endsAt'>) => {
      const [, start] = shanghaiParts(event.startsAt);
      return event.endsAt ? `${start}–${shanghaiParts(event.endsAt)[1]}` : start;
    },
  };
}
