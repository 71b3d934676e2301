import type { Resources } from '../zhCN.ts';

/** English UI text of the app's own date and time pickers. */
export const datesEn: Resources['dates'] = {
  dayPlaceholder: 'e.g. 2026-12-11',
  timePlaceholder: 'e.g. 09:30',
  dayOf: '{{label}} (date)',
  timeOf: '{{label}} (time)',
  openCalendar: 'Open the calendar to pick {{label}}',
  pickDay: 'Pick {{label}}',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  dayCount: '{{count}} days',
  dayCount_one: '{{count}} day',
  holidayMark: 'Off',
  workdayMark: 'Work',
  unreadableDay: 'This date cannot be read; type it as 2026-12-11.',
  unreadableTime: 'This time cannot be read; use the 24-hour clock, e.g. 09:30.',
  timeMissing: 'Enter a time.',
  weekdayShort: { mon: 'Mo', tue: 'Tu', wed: 'We', thu: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su' },
  weekdayLong: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
};
