/**
 * iCalendar (RFC 5545) text for events in Asia/Shanghai: a VTIMEZONE for Asia/Shanghai (UTC+8,
 * no daylight saving since 1991), local times with TZID, text escaped (\\ ; , and newlines) and
 * lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
 */
export interface IcsEvent {
  readonly uid: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly summary: string;
  readonly location: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Increases with each change of the event (the request's revision). */
  readonly sequence: number;
  /** Minutes before the start at which calendars remind; none when null. */
  readonly alarmMinutes: number | null;
}

export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets a line, continuation lines begin with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const shanghaiOffsetMs = 8 * 3_600_000;

/** An instant as a Shanghai local date-time: 20261210T093000. */
export const shanghaiLocal = (iso: string): string =>
  new Date(Date.parse(iso) + shanghaiOffsetMs).toISOString().slice(0, 19).replace(/[-:]/g, '');

const utcStamp = (instant: Date): string =>
  `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const timezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const end = event.endsAt ?? new Date(Date.parse(event.startsAt) + 3_600_000).toISOString();
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=Asia/Shanghai:${shanghaiLocal(event.startsAt)}`,
    `DTEND;TZID=Asia/Shanghai:${shanghaiLocal(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.categories.length
      ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`]
      : []),
    `STATUS:${event.status}`,
    `SEQUENCE:${event.sequence}`,
    ...(event.alarmMinutes === null
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(event.summary)}`,
          `TRIGGER:-PT${event.alarmMinutes}M`,
          'END:VALARM',
        ]),
    'END:VEVENT',
  ];
}

export function buildIcs(calendarName: string, events: readonly IcsEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Press Workbench//新闻发布工作台//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...timezone,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
