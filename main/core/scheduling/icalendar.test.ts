import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { escapeText, foldLine } from './icalendar.ts';
import { storeEvents } from './testing/storedEvents.ts';
import { schedulingCounty, type SchedulingCounty } from './testing/schedulingCounty.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let county: SchedulingCounty;
let drafter: string;
let eventId: string;

const title = '学位供给, 招生; 答问：2026年秋季“学位”新闻发布会（第二场）';
const venue = '县政府新闻发布厅\\二楼';

beforeAll(async () => {
  county = await schedulingCounty(folder.path, () => clock);
  drafter = await county.user('县教育体育局', ['drafter']);
  const unitId = county.unit('县教育体育局');
  [eventId] = storeEvents(county.core.db, [
    {
      unitId,
      startsAt: '2026-12-10T09:30:00+08:00',
      endsAt: '2026-12-10T10:30:00+08:00',
      fields: { title, venue },
    },
    {
      unitId,
      startsAt: '2026-12-15T01:00:00Z',
      state: 'unitReview',
      fields: { title: '冬季校园安全工作', content: completeFields(unitId).content },
    },
  ]) as [string];
});

afterAll(() => {
  county.core.close();
  folder.remove();
});

function parse(base64: string) {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return { text, calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('iCalendar export', () => {
  it('one event parses with ical.js: Shanghai times by TZID, Chinese text intact', async () => {
    const file = await callAs(county.core, drafter, 'schedule:exportIcs', {
      requestIds: [eventId],
    });
    expect(file.fileName).toMatch(/^20261210-县教育体育局-.+\.ics$/);
    expect(file.mediaType).toBe('text/calendar; charset=utf-8');
    const { text, calendar, events } = parse(file.contentBase64);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261210T093000');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Asia/Shanghai',
    );
    const [vevent] = events;
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(title);
    expect(event.location).toBe(venue);
    expect(event.description).toContain('申请单位：县教育体育局');
    expect(event.description).toContain('\n新闻发言人：县教育体育局新闻发言人钱发言');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(event.startDate.toString()).toBe('2026-12-10T09:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T01:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-10T02:30:00.000Z');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('a filtered range: every event the viewer sees, instants in any offset as Shanghai time', async () => {
    const file = await callAs(county.core, drafter, 'schedule:exportIcs', {
      from: '2026-12-01',
      before: '2027-01-01',
    });
    expect(file.fileName).toBe('排期-20261201-20270101.ics');
    const { events } = parse(file.contentBase64);
    const starts = events.map((vevent) => new ICAL.Event(vevent).startDate.toString()).sort();
    expect(starts).toEqual(['2026-12-10T09:30:00', '2026-12-15T09:00:00']);
    const pending = events.find((vevent) => new ICAL.Event(vevent).summary === '冬季校园安全工作');
    expect(pending?.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('every export is audited with the file hash', async () => {
    const timeline = await callAs(county.core, drafter, 'requests:timeline', {
      requestId: eventId,
    });
    const exported = timeline.filter((entry) => entry.action === 'schedule.exportIcs');
    expect(exported).toHaveLength(1);
    expect(String(exported[0]?.details['sha256'])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('RFC 5545 text', () => {
  it.each([
    ['a, b; c', 'a\\, b\\; c'],
    ['第一行\n第二行', '第一行\\n第二行'],
    ['C:\\path', 'C:\\\\path'],
    ['全角，标点；不转义', '全角，标点；不转义'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('folds at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'新闻发布会'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
  });
});
