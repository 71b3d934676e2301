/**
 * How the workbench writes dates and times for people: Shanghai time, the way a Chinese office
 * writes them (2026年12月11日（星期五）09:30), never an ISO date in the Chinese UI. English is the
 * second language of the UI only; documents stay Chinese.
 */
export type DateLanguage = 'zh' | 'en';

const shanghaiOffsetMs = 8 * 3_600_000;
const weekdaysLong = [
  '星期日',
  '星期一',
  '星期二',
  '星期三',
  '星期四',
  '星期五',
  '星期六',
] as const;
const weekdaysShort = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
const weekdaysEnglish = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const monthsEnglish = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const quarterNames = ['一', '二', '三', '四'] as const;

/** A calendar day and a wall-clock time in Shanghai. */
export interface ShanghaiParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** An ISO instant, or a `YYYY-MM-DD` day (taken as that day in Shanghai), split into its parts. */
export function shanghaiParts(value: string): ShanghaiParts | null {
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dayOnly) {
    const [year, month, day] = [Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3])];
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return { year, month, day, weekday, hour: 0, minute: 0, second: 0 };
  }
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return null;
  const shifted = new Date(time + shanghaiOffsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (parts: ShanghaiParts, seconds = false) =>
  `${pad(parts.hour)}:${pad(parts.minute)}${seconds ? `:${pad(parts.second)}` : ''}`;

export interface DateOptions {
  /** Show the weekday: where a day is chosen or scheduled. */
  readonly weekday?: boolean;
  readonly language?: DateLanguage;
  /** Show the seconds too (the audit log). */
  readonly seconds?: boolean;
}

/** 2026年12月11日, or 2026年12月11日（星期五）with the weekday; English: 11 Dec 2026 (Fri). */
export function formatDay(value: string | null, options: DateOptions = {}): string {
  const parts = value ? shanghaiParts(value) : null;
  if (!parts) return '';
  if (options.language === 'en') {
    const day = `${parts.day} ${monthsEnglish[parts.month - 1]} ${parts.year}`;
    return options.weekday ? `${weekdaysEnglish[parts.weekday]}, ${day}` : day;
  }
  const day = `${parts.year}年${parts.month}月${parts.day}日`;
  return options.weekday ? `${day}（${weekdaysLong[parts.weekday]}）` : day;
}

/** 2026年12月11日（星期五）09:30 — the day and the 24-hour time in Shanghai. */
export function formatDayTime(value: string | null, options: DateOptions = {}): string {
  const parts = value ? shanghaiParts(value) : null;
  if (!parts || !value) return '';
  // A full-width bracket already separates the weekday from the time.
  const separator = options.weekday && options.language !== 'en' ? '' : ' ';
  return `${formatDay(value, options)}${separator}${clock(parts, options.seconds)}`;
}

/** 12月11日（周五）, where space is short; English: Fri 11 Dec. */
export function formatShortDay(value: string | null, language: DateLanguage = 'zh'): string {
  const parts = value ? shanghaiParts(value) : null;
  if (!parts) return '';
  if (language === 'en') {
    return `${weekdaysEnglish[parts.weekday]} ${parts.day} ${monthsEnglish[parts.month - 1]}`;
  }
  return `${parts.month}月${parts.day}日（${weekdaysShort[parts.weekday]}）`;
}

/** Whole days from `today` to `day`, both `YYYY-MM-DD` Shanghai days. */
export function daysBetween(today: string, day: string): number {
  const toUtc = (value: string) => Date.parse(`${value}T00:00:00Z`);
  return Math.round((toUtc(day) - toUtc(today)) / 86_400_000);
}

/** 今天 / 明天 / 后天 / 3天后 / 昨天 / 2天前, for a day beside a deadline. */
export function relativeDay(today: string, day: string, language: DateLanguage = 'zh'): string {
  const offset = daysBetween(today, day);
  if (language === 'en') {
    if (offset === 0) return 'today';
    if (offset === 1) return 'tomorrow';
    if (offset === -1) return 'yesterday';
    return offset > 0 ? `in ${offset} days` : `${-offset} days ago`;
  }
  if (offset === 0) return '今天';
  if (offset === 1) return '明天';
  if (offset === 2) return '后天';
  if (offset === -1) return '昨天';
  return offset > 0 ? `${offset}天后` : `${-offset}天前`;
}

/** A duration as people say it: 45秒, 1分06秒, 1小时02分; English 45 s, 1 min 06 s, 1 h 02 min. */
export function formatDuration(milliseconds: number, language: DateLanguage = 'zh'): string {
  const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (language === 'en') {
    if (hours > 0) return `${hours} h ${pad(minutes)} min`;
    if (minutes > 0) return `${minutes} min ${pad(seconds)} s`;
    return `${seconds} s`;
  }
  if (hours > 0) return `${hours}小时${pad(minutes)}分`;
  if (minutes > 0) return `${minutes}分${pad(seconds)}秒`;
  return `${seconds}秒`;
}

/** `2026-Q4` → 2026年第四季度; English: Q4 2026. Anything else is returned as it is. */
export function formatQuarter(label: string, language: DateLanguage = 'zh'): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) return label;
  const quarter = Number(match[2]);
  return language === 'en'
    ? `Q${quarter} ${match[1]}`
    : `${match[1]}年第${quarterNames[quarter - 1]}季度`;
}

/**
 * A day typed by a person → `YYYY-MM-DD`, or null when it is not a real day. Accepts 2026-12-11,
 * 2026/12/11, 2026.12.11, 2026年12月11日 and, with the year taken from `referenceYear`, 12月11日
 * and 12-11.
 */
export function parseTypedDay(text: string, referenceYear: number): string | null {
  const trimmed = text
    .trim()
    .replace(/（.*）$|\(.*\)$/u, '')
    .trim();
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(trimmed);
  const short = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(trimmed);
  const [year, month, day] = full
    ? [Number(full[1]), Number(full[2]), Number(full[3])]
    : short
      ? [referenceYear, Number(short[1]), Number(short[2])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A typed 24-hour time (9:30, 09:30, 0930, 9点30, 9时30分) → `HH:MM`, or null. */
export function parseTypedTime(text: string): string | null {
  const match = /^(\d{1,2})\s*(?:[:：点时]\s*(\d{1,2})?\s*分?|(\d{2}))?$/u.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** A Shanghai day and time → the ISO instant stored (`2026-12-11T09:30:00+08:00`). */
export function shanghaiInstant(day: string, time: string): string {
  return `${day}T${time}:00+08:00`;
}
