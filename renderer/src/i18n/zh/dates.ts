/** Chinese UI text of the app's own date and time pickers. */
export const datesZh = {
  dayPlaceholder: '如 2026-12-11 或 12月11日',
  timePlaceholder: '如 09:30',
  dayOf: '{{label}}（日期）',
  timeOf: '{{label}}（时间）',
  openCalendar: '打开日历选择{{label}}',
  pickDay: '选择{{label}}',
  previousMonth: '上个月',
  nextMonth: '下个月',
  today: '今天',
  /** A number of days (English texts nest it, `$t(dates.dayCount, …)`, to write 1 day, 2 days). */
  dayCount: '{{count}}天',
  holidayMark: '休',
  workdayMark: '班',
  unreadableDay: '无法识别的日期，请按 2026-12-11 或 12月11日 填写。',
  unreadableTime: '无法识别的时间，请按 24 小时制填写，如 09:30。',
  timeMissing: '请填写时间。',
  weekdayShort: { mon: '一', tue: '二', wed: '三', thu: '四', fri: '五', sat: '六', sun: '日' },
  weekdayLong: {
    mon: '星期一',
    tue: '星期二',
    wed: '星期三',
    thu: '星期四',
    fri: '星期五',
    sat: '星期六',
    sun: '星期日',
  },
} as const;
