import type { CalendarDay } from './workingDays.ts';
import { addDays } from './workingDays.ts';

const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** A weekday or lunar note in brackets after a day: （周五）, （农历除夕、周二）. */
const note = '(?:[（(][^）)]*[）)])?';
const daySource = `(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日${note}`;
// A section starts a line (or follows a full stop): 二、春节：… — not 正月初七、 inside a bracket.
const sectionStart = '(?<=^|\\n|。)\\s*[一二三四五六七八九十]+、';
const sectionPattern = new RegExp(
  `${sectionStart}\\s*([^：:\\n]+)[：:]([\\s\\S]*?)(?=${sectionStart}|(?![\\s\\S]))`,
  'g',
);

/** The notice's own year: 关于2027年部分节假日安排的通知, or the first year it names. */
function noticeYear(text: string): number | null {
  const title = /(\d{4})年(?:部分)?节假日安排/.exec(text) ?? /(\d{4})年/.exec(text);
  return title ? Number(title[1]) : null;
}

interface TypedDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function readDay(match: RegExpExecArray, offset: number, fallback: TypedDay): TypedDay {
  const year = match[offset] ? Number(match[offset]) : null;
  const month = match[offset + 1] ? Number(match[offset + 1]) : fallback.month;
  const day = Number(match[offset + 2]);
  // 12月31日至1月2日: the end is in the next year when its month comes before the start's.
  const rolledYear = month < fallback.month ? fallback.year + 1 : fallback.year;
  return { year: year ?? rolledYear, month, day };
}

const realDay = (day: TypedDay): string | null => {
  const iso = isoDay(day.year, day.month, day.day);
  const probe = new Date(`${iso}T00:00:00Z`);
  return probe.getUTCDate() === day.day && probe.getUTCMonth() === day.month - 1 ? iso : null;
};

/**
 * Reads the State Council's yearly notice on public holidays (国务院办公厅关于…部分节假日安排的通知)
 * pasted as text: each section's 放假 range becomes holidays named after the section, each day
 * before 上班 an adjusted working day. Null when the text is not such a notice.
 */
export function parseHolidayNotice(text: string): CalendarDay[] | null {
  const year = noticeYear(text);
  if (year === null || !text.includes('放假')) return null;
  const days: CalendarDay[] = [];
  for (const section of text.matchAll(sectionPattern)) {
    const name = (section[1] ?? '').trim();
    for (const sentence of (section[2] ?? '').split(/[。；;\n]/)) {
      if (sentence.includes('放假')) {
        const range = new RegExp(`${daySource}(?:至${daySource})?`).exec(sentence);
        if (!range) continue;
        const start = readDay(range, 1, { year, month: 1, day: 1 });
        const end = range[6] ? readDay(range, 4, start) : start;
        const first = realDay(start);
        const last = realDay(end);
        if (!first || !last || last < first) return null;
        for (let day = first; day <= last; day = addDays(day, 1)) {
          days.push({ date: day, kind: 'holiday', name });
        }
      } else if (sentence.includes('上班')) {
        for (const workday of sentence.matchAll(new RegExp(daySource, 'g'))) {
          const date = realDay(readDay(workday, 1, { year, month: 1, day: 1 }));
          if (!date) return null;
          days.push({ date, kind: 'workday', name: `${name}调休上班` });
        }
      }
    }
  }
  return days.length > 0 ? days : null;
}
