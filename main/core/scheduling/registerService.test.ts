import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { storeEvents } from './testing/storedEvents.ts';
import { schedulingCounty, type SchedulingCounty } from './testing/schedulingCounty.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let county: SchedulingCounty;
let drafter: string;
let newsOffice: string;
let education = '';
let township = '';

const refusal = async (client: string, channel: string, input: unknown) => {
  const result = await county.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'accepted' : result.error.code;
};

const spokesperson = (overrides: Record<string, unknown> = {}) => ({
  unitId: education,
  name: '钱发言',
  title: '副局长',
  phone: '13800138000',
  appointedOn: '2026-03-02',
  filedOn: null,
  removedOn: null,
  note: '',
  ...overrides,
});

beforeAll(async () => {
  county = await schedulingCounty(folder.path, () => clock);
  drafter = await county.user('县教育体育局', ['drafter']);
  newsOffice = await county.user('县政府新闻办公室', ['newsOfficeReviewer']);
  education = county.unit('县教育体育局');
  township = county.unit('城关镇人民政府');
});

afterAll(() => {
  county.core.close();
  folder.remove();
});

describe('the spokesperson roster', () => {
  it('a unit enters its spokesperson; the news office records the filing', async () => {
    const entered = await callAs(
      county.core,
      drafter,
      'registers:saveSpokesperson',
      spokesperson(),
    );
    const [entry] = entered.spokespersons;
    expect(entry).toMatchObject({
      deadline: '2026-12-31',
      standing: 'pending',
      unitName: '县教育体育局',
    });
    expect(
      await refusal(
        drafter,
        'registers:saveSpokesperson',
        spokesperson({ id: entry?.id, filedOn: '2026-11-20' }),
      ),
    ).toBe('news_office_only');
    const filed = await callAs(county.core, newsOffice, 'registers:saveSpokesperson', {
      ...spokesperson({ id: entry?.id, filedOn: '2026-11-20' }),
    });
    expect(filed.spokespersons.find((item) => item.id === entry?.id)).toMatchObject({
      standing: 'filed',
    });
    expect(
      await refusal(drafter, 'registers:remove', { register: 'spokesperson', id: entry?.id }),
    ).toBe('news_office_only');
  });

  it('a unit keeps only its own registers, and dates must make sense', async () => {
    expect(
      await refusal(drafter, 'registers:saveSpokesperson', spokesperson({ unitId: township })),
    ).toBe('other_unit');
    expect(await refusal(drafter, 'registers:list', { unitId: township })).toBe('other_unit');
    expect(
      await refusal(
        newsOffice,
        'registers:saveSpokesperson',
        spokesperson({ filedOn: '2026-12-20' }),
      ),
    ).toBe('invalid_input');
    expect(
      await refusal(
        newsOffice,
        'registers:saveSpokesperson',
        spokesperson({ removedOn: '2026-01-01' }),
      ),
    ).toBe('invalid_input');
  });
});

describe('experts, new-media accounts and unit profiles', () => {
  it('shows each entry’s deadline: the expert pool by December, an account 30 days after opening', async () => {
    await callAs(county.core, drafter, 'registers:saveExpert', {
      unitId: education,
      name: '孙教授',
      field: '教育政策',
      organisation: '市教育科学研究院',
      title: '研究员',
      phone: '0791-86001234',
      addedOn: '2026-05-10',
      filedOn: null,
      removedOn: null,
      note: '',
    });
    const view = await callAs(county.core, drafter, 'registers:saveAccount', {
      unitId: education,
      platform: 'wechat',
      accountName: '示范县教育发布',
      openedOn: '2026-11-01',
      filedOn: null,
      closedOn: null,
      note: '',
    });
    expect(view.experts[0]).toMatchObject({ deadline: '2026-12-31', standing: 'pending' });
    expect(view.accounts[0]).toMatchObject({ deadline: '2026-12-01', standing: 'pending' });
    const filed = await callAs(county.core, drafter, 'registers:saveAccount', {
      id: view.accounts[0]?.id,
      unitId: education,
      platform: 'wechat',
      accountName: '示范县教育发布',
      openedOn: '2026-11-01',
      filedOn: '2026-11-25',
      closedOn: null,
      note: '信息中心备案号 2026-031',
    });
    expect(filed.accounts[0]).toMatchObject({ standing: 'filed' });
  });

  it('the unit names its principal head; only the news office designates departments', async () => {
    const profile = {
      unitId: education,
      designated: false,
      principalHeadName: '王局长',
      principalHeadTitle: '局长',
    };
    const saved = await callAs(county.core, drafter, 'registers:saveProfile', profile);
    expect(saved.profiles.find((item) => item.unitId === education)).toMatchObject({
      principalHeadName: '王局长',
    });
    expect(await refusal(drafter, 'registers:saveProfile', { ...profile, designated: true })).toBe(
      'news_office_only',
    );
    const designated = await callAs(county.core, newsOffice, 'registers:saveProfile', {
      ...profile,
      designated: true,
    });
    expect(designated.profiles.find((item) => item.unitId === education)?.designated).toBe(true);
  });
});

describe('the annual plan', () => {
  it('is saved by the unit and set against what happened', async () => {
    const [held] = storeEvents(county.core.db, [
      { unitId: education, startsAt: '2026-02-12T09:30:00+08:00' },
    ]);
    const view = await callAs(county.core, drafter, 'plans:save', {
      unitId: education,
      year: 2026,
      items: [
        { quarter: 1, form: 'pressConference', topic: '春季开学', note: '', requestId: null },
        { quarter: 2, form: 'onlineInterview', topic: '中考政策解读', note: '', requestId: null },
        { quarter: 4, form: 'pressConference', topic: '年度教育工作', note: '', requestId: null },
      ],
    });
    const [unit] = view.units;
    expect(
      unit?.items.map((item) => [item.topic, item.status, item.event?.requestId ?? null]),
    ).toEqual([
      ['春季开学', 'done', held],
      ['中考政策解读', 'missed', null],
      ['年度教育工作', 'pending', null],
    ]);
    expect(view.editableUnitIds).toEqual([education]);
    const kept = unit?.items[0]?.id;
    const edited = await callAs(county.core, drafter, 'plans:save', {
      unitId: education,
      year: 2026,
      items: [
        {
          id: kept,
          quarter: 1,
          form: 'pressConference',
          topic: '春季开学工作',
          note: '',
          requestId: null,
        },
      ],
    });
    expect(edited.units[0]?.items.map((item) => [item.id, item.topic])).toEqual([
      [kept, '春季开学工作'],
    ]);
    expect(await refusal(drafter, 'plans:save', { unitId: township, year: 2026, items: [] })).toBe(
      'other_unit',
    );
    const all = await callAs(county.core, newsOffice, 'plans:list', { year: 2026 });
    expect(all.units.map((item) => item.unitName)).toEqual(['县教育体育局', '城关镇人民政府']);
  });
});

describe('reminders', () => {
  it('tell a drafter of events ahead, request and materials dues, and register deadlines', async () => {
    storeEvents(county.core.db, [
      {
        unitId: education,
        startsAt: '2026-12-02T09:30:00+08:00',
        fields: { title: '冬季安全工作' },
      },
      {
        unitId: education,
        startsAt: '2026-12-04T09:30:00+08:00',
        state: 'draft',
        fields: { title: '寒假安排' },
      },
    ]);
    const reminders = await callAs(county.core, drafter, 'schedule:reminders', {});
    const brief = reminders.map((item) => [item.kind, item.date, item.title]);
    expect(brief).toEqual(
      expect.arrayContaining([
        ['materialsDue', '2026-11-27', '冬季安全工作'],
        ['requestDue', '2026-12-01', '寒假安排'],
        ['eventSoon', '2026-12-02', '冬季安全工作'],
        ['expertPoolFiling', '2026-12-31', ''],
      ]),
    );
    expect(reminders.map((item) => item.date)).toEqual(
      [...reminders.map((item) => item.date)].sort(),
    );
  });

  it('tell the news office how many units each rule at risk concerns', async () => {
    const reminders = await callAs(county.core, newsOffice, 'schedule:reminders', {});
    const atRisk = reminders.filter((item) => item.kind === 'unitsAtRisk');
    expect(atRisk.map((item) => item.rule)).toEqual(expect.arrayContaining(['spokespersonFiling']));
    expect(atRisk.find((item) => item.rule === 'spokespersonFiling')?.count).toBe(1);
  });
});
