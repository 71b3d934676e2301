import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../createCore.ts';
import { callAs } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { storeEvents } from './testing/storedEvents.ts';
import { schedulingCounty, type SchedulingCounty } from './testing/schedulingCounty.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let county: SchedulingCounty;
let core: Core;
let educationDrafter: string;
let newsOffice: string;
let booked: string;
let pending: string;

const at = (time: string) => `2026-12-10T${time}:00+08:00`;
const people = (host: string, mainSpeaker: string, spokesperson: string) => ({
  ...completeFields('').content,
  host: { name: host, title: '' },
  mainSpeaker: { name: mainSpeaker, title: '' },
  spokesperson: { name: spokesperson, title: '' },
});

beforeAll(async () => {
  county = await schedulingCounty(folder.path, () => clock);
  core = county.core;
  educationDrafter = await county.user('县教育体育局', ['drafter']);
  newsOffice = await county.user('县政府新闻办公室', ['newsOfficeReviewer']);
  [booked, pending] = storeEvents(core.db, [
    {
      unitId: county.unit('县教育体育局'),
      startsAt: at('09:30'),
      endsAt: at('10:30'),
      fields: { title: '教育工作新闻发布会', content: people('李主持', '赵发布', '钱发言') },
    },
    {
      unitId: county.unit('城关镇人民政府'),
      startsAt: at('10:00'),
      endsAt: at('11:00'),
      state: 'newsOfficeReview',
      fields: { title: '老旧小区改造发布会', content: people('李主持', '严镇长', '曹发言') },
    },
  ]) as [string, string];
});

afterAll(() => {
  core.close();
  folder.remove();
});

describe('conflict warnings on the request form', () => {
  const elsewhere = '县人民政府网站访谈室';
  it.each([
    [
      'the same venue, overlapping',
      { startsAt: at('10:00'), endsAt: at('11:00'), venue: '县政府新闻发布厅' },
      ['venue'],
    ],
    [
      'the same spokesperson, elsewhere',
      { startsAt: at('10:00'), endsAt: at('11:00'), venue: elsewhere, spokespersonName: '钱发言' },
      ['spokesperson'],
    ],
    [
      'the main speaker hosting elsewhere',
      { startsAt: at('09:00'), endsAt: at('09:45'), venue: elsewhere, hostName: '赵发布' },
      ['leader'],
    ],
    [
      'back to back in the same hall',
      {
        startsAt: at('11:00'),
        endsAt: at('12:00'),
        venue: '县政府新闻发布厅',
        spokespersonName: '钱发言',
      },
      [],
    ],
    [
      'before the first, ending as it starts',
      { startsAt: at('08:30'), endsAt: at('09:30'), venue: '县政府新闻发布厅' },
      [],
    ],
  ])('%s', async (_name, proposal, expected) => {
    const found = await callAs(core, educationDrafter, 'schedule:conflicts', proposal);
    expect(found.flatMap((finding) => finding.matches.map((match) => match.resource))).toEqual(
      expected.length ? expect.arrayContaining(expected) : [],
    );
    if (expected.length === 0) expect(found).toEqual([]);
  });

  it('a saved request is checked against the others, and others’ pending titles stay hidden', async () => {
    const found = await callAs(core, educationDrafter, 'schedule:conflicts', { requestId: booked });
    expect(found).toMatchObject([
      { requestId: pending, title: '', unitName: '城关镇人民政府', state: 'newsOfficeReview' },
    ]);
    expect(found[0]?.matches.map((match) => match.resource)).toEqual(['venue', 'leader']);
    const asOffice = await callAs(core, newsOffice, 'schedule:conflicts', { requestId: booked });
    expect(asOffice[0]?.title).toBe('老旧小区改造发布会');
  });
});

describe('the calendar', () => {
  it('shows what the viewer may see, flags the conflict, and masks another unit’s pending request', async () => {
    const view = await callAs(core, educationDrafter, 'schedule:events', {
      from: '2026-12-01',
      before: '2027-01-01',
    });
    expect(view.events.map((event) => event.title)).toEqual(['教育工作新闻发布会']);
    expect(view.events[0]).toMatchObject({ canReschedule: true, spokespersonName: '钱发言' });
    expect(view.conflicts).toMatchObject([{ firstId: booked, secondId: pending }]);
    expect(view.hidden).toEqual([
      expect.objectContaining({ id: pending, title: '', unitName: '城关镇人民政府' }),
    ]);
  });

  it('the news office sees every unit’s events, filters by unit, form and state, and may not move them', async () => {
    const all = await callAs(core, newsOffice, 'schedule:events', {
      from: '2026-12-01',
      before: '2027-01-01',
    });
    expect(all.events.map((event) => event.title).sort()).toEqual([
      '教育工作新闻发布会',
      '老旧小区改造发布会',
    ]);
    expect(all.events.every((event) => !event.canReschedule)).toBe(true);
    const township = await callAs(core, newsOffice, 'schedule:events', {
      from: '2026-12-01',
      before: '2027-01-01',
      unitIds: [county.unit('城关镇人民政府')],
      states: ['newsOfficeReview'],
      forms: ['pressConference'],
    });
    expect(township.events.map((event) => event.id)).toEqual([pending]);
    expect(township.hidden.map((booking) => booking.title)).toEqual(['教育工作新闻发布会']);
  });

  it('refuses a range of more than 100 days', async () => {
    const result = await core.router.dispatch(
      'schedule:events',
      { from: '2026-01-01', before: '2026-12-31' },
      `web:${newsOffice}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'range_too_long' } });
  });
});

describe('rescheduling from the calendar', () => {
  it('follows the request rules: the approval is voided and the event no longer counts', async () => {
    const deciders = await Promise.all([
      county.user('县教育体育局', ['unitHead']),
      county.user('县政府新闻办公室', ['newsOfficeReviewer']),
      county.user('县政府新闻办公室', ['authorityApprover']),
    ]);
    const unitId = county.unit('县教育体育局');
    const draft = await callAs(core, educationDrafter, 'requests:create', {});
    const saved = await callAs(core, educationDrafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: draft.revision,
      fields: completeFields(unitId, {
        startsAt: at('15:00'),
        endsAt: at('16:00'),
        venue: '县教育体育局会议室',
      }),
    });
    await callAs(core, educationDrafter, 'requests:submit', {
      requestId: draft.id,
      revision: saved.revision,
    });
    for (const decider of deciders)
      await callAs(core, decider, 'requests:decide', {
        requestId: draft.id,
        decision: 'approve',
        comment: '同意。',
      });
    const before = await callAs(core, newsOffice, 'compliance:board', { year: 2026 });
    const count = (board: typeof before) =>
      board.rows.find((row) => row.unitId === unitId)?.quarters[3]?.pressConference?.count;
    expect(count(before)).toBe(2);

    const moved = await callAs(core, educationDrafter, 'requests:reschedule', {
      requestId: draft.id,
      startsAt: '2026-12-17T15:00:00+08:00',
      endsAt: '2026-12-17T16:00:00+08:00',
      reason: '主发布人另有公务。',
    });
    expect(moved.state).toBe('rescheduled');
    expect(moved.decisions.every((decision) => decision.voidedAt !== null)).toBe(true);
    const view = await callAs(core, educationDrafter, 'schedule:events', {
      from: '2026-12-14',
      before: '2026-12-21',
    });
    expect(view.events).toMatchObject([
      { id: draft.id, state: 'rescheduled', canReschedule: false },
    ]);
    expect(count(await callAs(core, newsOffice, 'compliance:board', { year: 2026 }))).toBe(1);
  });
});
