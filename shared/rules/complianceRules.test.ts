import { describe, expect, it } from 'vitest';
import type { ComplianceCell } from '../domain/schedulingCompliance.ts';
import {
  defaultComplianceSettings,
  type ComplianceSettings,
} from '../domain/schedulingSettings.ts';
import type { EventForm, RequestState } from '../domain/requests.ts';
import type { UnitKind } from '../domain/units.ts';
import { evaluateBoard, type ComplianceInput } from './complianceBoard.ts';
import { cellEvents } from './complianceDrillDown.ts';
import type { ComplianceEvent } from './complianceCounting.ts';
import type { BoardUnit } from './complianceUnit.ts';
import { quarterPeriod } from './schedulePeriods.ts';
import { workCalendarOf, type CalendarDay } from './workingDays.ts';

// A test calendar: 中秋节 on Friday 25 September; 国庆节 1 to 7 October, Saturday 10 October worked.
const holidays: CalendarDay[] = [
  { date: '2026-09-25', kind: 'holiday', name: '中秋节' },
  ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({
    date: `2026-10-${day}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { date: '2026-10-10', kind: 'workday', name: '国庆调休' },
];

const unit = (id: string, kind: UnitKind = 'department', extra: Partial<BoardUnit> = {}) => ({
  unitId: id,
  unitName: `县${id}局`,
  unitKind: kind,
  designated: false,
  principalHeadName: '',
  createdOn: '2020-01-01',
  retiredOn: null,
  ...extra,
});

let serial = 0;
function event(
  unitId: string,
  startsAt: string,
  options: {
    form?: EventForm;
    state?: RequestState;
    isEmergency?: boolean;
    unitKind?: UnitKind;
    people?: { name: string; title: string }[];
  } = {},
): ComplianceEvent {
  serial += 1;
  return {
    id: `e${serial}`,
    unitId,
    unitKind: options.unitKind ?? 'department',
    form: options.form ?? 'pressConference',
    state: options.state ?? 'approved',
    startsAt,
    isEmergency: options.isEmergency ?? false,
    people: options.people ?? [],
  };
}

const newsOffice = (
  startsAt: string,
  people: { name: string; title: string }[],
  state?: RequestState,
) => event('news', startsAt, { unitKind: 'newsOffice', people, ...(state ? { state } : {}) });

function board(
  today: string,
  parts: Partial<Omit<ComplianceInput, 'today' | 'now' | 'settings'>> & {
    settings?: Partial<ComplianceSettings>;
  },
) {
  return evaluateBoard({
    year: Number(today.slice(0, 4)),
    calendar: workCalendarOf(holidays),
    requestLeadWorkingDays: 3,
    units: [unit('edu')],
    events: [],
    spokespersons: [],
    experts: [],
    accounts: [],
    ...parts,
    today,
    now: new Date(`${today}T12:00:00+08:00`),
    settings: { ...defaultComplianceSettings, ...parts.settings },
  });
}

const statusOf = (cell: ComplianceCell | undefined) => cell?.status ?? 'none';
const quarterStatuses = (
  result: ReturnType<typeof board>,
  rule: 'pressConference' | 'newsOfficeAppearance',
  id = 'edu',
) => result.rows.find((row) => row.unitId === id)?.quarters.map((cells) => statusOf(cells[rule]));

describe('per unit per quarter at least one press conference', () => {
  it.each([
    [
      'late on 31 March is the first quarter',
      '2026-03-31T23:30:00+08:00',
      ['met', 'missed', 'missed', 'open'],
    ],
    [
      'just after midnight on 1 April is the second',
      '2026-04-01T00:30:00+08:00',
      ['missed', 'met', 'missed', 'open'],
    ],
    [
      'a UTC instant on 30 June is 1 July in Shanghai',
      '2026-06-30T16:30:00Z',
      ['missed', 'missed', 'met', 'open'],
    ],
    [
      'the last evening of the year is the fourth quarter',
      '2026-12-31T20:00:00+08:00',
      ['missed', 'missed', 'missed', 'met'],
    ],
    [
      'the first minutes of next year are not this year',
      '2027-01-01T00:10:00+08:00',
      ['missed', 'missed', 'missed', 'open'],
    ],
  ])('%s', (_name, startsAt, expected) => {
    const result = board('2026-11-02', { events: [event('edu', startsAt)] });
    expect(quarterStatuses(result, 'pressConference')).toEqual(expected);
  });

  it.each<[string, Parameters<typeof event>[2], string]>([
    ['approved', {}, 'met'],
    ['cancelled', { state: 'cancelled' }, 'missed'],
    ['postponed, not yet approved again', { state: 'postponed' }, 'missed'],
    ['rescheduled, awaiting a new approval', { state: 'rescheduled' }, 'missed'],
    ['rejected', { state: 'rejected' }, 'missed'],
    ['withdrawn', { state: 'withdrawn' }, 'missed'],
    ['still in review', { state: 'newsOfficeReview' }, 'missed'],
    ['an emergency registered as a press conference', { isEmergency: true }, 'met'],
    ['an emergency released on new media', { isEmergency: true, form: 'newMedia' }, 'met'],
    ['an online interview is not a press conference', { form: 'onlineInterview' }, 'missed'],
  ])('a second-quarter event that is %s', (_name, options, expected) => {
    const result = board('2026-11-02', {
      events: [event('edu', '2026-05-12T09:30:00+08:00', options)],
    });
    expect(quarterStatuses(result, 'pressConference')?.[1]).toBe(expected);
  });

  it('counts a rescheduled event once approved again, in the quarter of its new time', () => {
    const moved = event('edu', '2026-07-03T09:30:00+08:00');
    const result = board('2026-11-02', { events: [moved] });
    expect(quarterStatuses(result, 'pressConference')?.slice(1, 3)).toEqual(['missed', 'met']);
  });

  it.each([
    ['a quarter ahead', '2026-05-20', 'notStarted'],
    ['with time left', '2026-08-20', 'open'],
    ['eleven working days left without a holiday list', '2026-09-16', 'open'],
  ])('the third quarter %s is %s', (_name, today, expected) => {
    const result = board(today, { calendar: workCalendarOf([]) });
    expect(quarterStatuses(result, 'pressConference')?.[2]).toBe(expected);
  });

  it('the Mid-Autumn holiday leaves ten working days, which puts the quarter at risk', () => {
    const result = board('2026-09-16', {});
    expect(quarterStatuses(result, 'pressConference')?.[2]).toBe('atRisk');
    expect(result.warnings[0]).toMatchObject({
      rule: 'pressConference',
      quarter: 3,
      deadline: '2026-09-30',
      daysLeft: 15,
      workingDaysLeft: 10,
      submitBy: '2026-09-24',
      units: [{ unitId: 'edu', unitName: '县edu局' }],
    });
  });

  it('an approved event ahead in the quarter counts, shown as upcoming', () => {
    const result = board('2026-11-02', { events: [event('edu', '2026-12-10T09:30:00+08:00')] });
    expect(result.rows[0]?.quarters[3]?.pressConference).toMatchObject({
      status: 'met',
      upcoming: 1,
    });
  });

  it.each([
    ['two required, one held', 2, [event('edu', '2026-02-10T09:30:00+08:00')], 'missed'],
    [
      'two required, two held',
      2,
      [event('edu', '2026-02-10T09:30:00+08:00'), event('edu', '2026-03-10T09:30:00+08:00')],
      'met',
    ],
  ])('the number comes from settings: %s', (_name, perQuarter, events, expected) => {
    const result = board('2026-11-02', {
      events,
      settings: { pressConferencesPerQuarter: perQuarter },
    });
    expect(quarterStatuses(result, 'pressConference')?.[0]).toBe(expected);
  });

  it('a rule set to 0 is off, and a kind outside the rule has no cell', () => {
    const off = board('2026-11-02', { settings: { pressConferencesPerQuarter: 0 } });
    expect(off.rows[0]?.quarters[0]?.pressConference).toBeUndefined();
    const office = board('2026-11-02', { units: [unit('info', 'infoCenter')] });
    expect(office.rows).toEqual([]);
  });

  it('quarters before a unit existed do not apply', () => {
    const result = board('2026-11-02', {
      units: [unit('edu', 'department', { createdOn: '2026-05-01' })],
    });
    expect(quarterStatuses(result, 'pressConference')).toEqual([
      'notApplicable',
      'missed',
      'missed',
      'open',
    ]);
  });
});

describe('designated departments at news-office conferences', () => {
  const designated = unit('edu', 'department', { designated: true, principalHeadName: '王局长' });
  const roster = [{ unitId: 'edu', name: '钱发言', filedOn: '2026-01-10', removedOn: null }];

  it.each<[string, ComplianceEvent, string]>([
    [
      'the filed spokesperson',
      newsOffice('2026-02-10T09:30:00+08:00', [{ name: '钱 发言', title: '新闻发言人' }]),
      'met',
    ],
    [
      'an official whose title names the unit',
      newsOffice('2026-02-10T09:30:00+08:00', [{ name: '孙科长', title: '县edu局副局长' }]),
      'met',
    ],
    [
      'the principal head',
      newsOffice('2026-02-10T09:30:00+08:00', [{ name: '王局长', title: '局长' }]),
      'met',
    ],
    [
      'someone else',
      newsOffice('2026-02-10T09:30:00+08:00', [{ name: '李四', title: '县卫健委主任' }]),
      'missed',
    ],
    [
      'the spokesperson at a cancelled news-office conference',
      newsOffice('2026-02-10T09:30:00+08:00', [{ name: '钱发言', title: '' }], 'cancelled'),
      'missed',
    ],
    [
      'the spokesperson at the unit’s own conference',
      event('edu', '2026-02-10T09:30:00+08:00', { people: [{ name: '钱发言', title: '' }] }),
      'missed',
    ],
    [
      'the spokesperson at a county-office conference',
      event('gov', '2026-02-10T09:30:00+08:00', {
        unitKind: 'countyOffice',
        people: [{ name: '钱发言', title: '' }],
      }),
      'met',
    ],
  ])('the first quarter with %s', (_name, held, expected) => {
    const result = board('2026-11-02', {
      units: [designated],
      events: [held],
      spokespersons: roster,
    });
    expect(quarterStatuses(result, 'newsOfficeAppearance')?.[0]).toBe(expected);
  });

  it('the principal head once a year; a spokesperson alone does not do', () => {
    const spokesperson = newsOffice('2026-02-10T09:30:00+08:00', [{ name: '钱发言', title: '' }]);
    const head = newsOffice('2026-12-29T09:30:00+08:00', [{ name: '王局长', title: '' }]);
    const lastYear = evaluateBoard({
      ...boardInput('2027-01-05', [designated], [spokesperson], roster),
      year: 2026,
    });
    expect(lastYear.rows[0]?.year.principalHeadAppearance?.status).toBe('missed');
    const withHead = evaluateBoard({
      ...boardInput('2027-01-05', [designated], [spokesperson, head], roster),
      year: 2026,
    });
    expect(withHead.rows[0]?.year.principalHeadAppearance?.status).toBe('met');
  });

  it('without a principal head on record the cell says so', () => {
    const result = board('2026-11-02', { units: [{ ...designated, principalHeadName: '' }] });
    expect(result.rows[0]?.year.principalHeadAppearance).toMatchObject({
      status: 'atRisk',
      note: 'noPrincipalHead',
    });
  });

  it('units that are not designated have no appearance cells', () => {
    const result = board('2026-11-02', {});
    expect(result.rows[0]?.quarters[0]?.newsOfficeAppearance).toBeUndefined();
    expect(result.rows[0]?.year.principalHeadAppearance).toBeUndefined();
  });
});

function boardInput(
  today: string,
  units: BoardUnit[],
  events: ComplianceEvent[],
  spokespersons: ComplianceInput['spokespersons'] = [],
): ComplianceInput {
  return {
    year: Number(today.slice(0, 4)),
    today,
    now: new Date(`${today}T12:00:00+08:00`),
    calendar: workCalendarOf(holidays),
    settings: defaultComplianceSettings,
    requestLeadWorkingDays: 3,
    units,
    events,
    spokespersons,
    experts: [],
    accounts: [],
  };
}

describe('online interviews: two a year per department, one a year per principal head', () => {
  const interview = (
    startsAt: string,
    state: RequestState = 'approved',
    people: { name: string; title: string }[] = [],
  ) => event('edu', startsAt, { form: 'onlineInterview', state, people });

  it.each<[string, string, ComplianceEvent[], string]>([
    [
      'two approved',
      '2026-11-02',
      [interview('2026-03-03T10:00:00+08:00'), interview('2026-09-03T10:00:00+08:00')],
      'met',
    ],
    [
      'one, and one cancelled, in the fourth quarter',
      '2026-11-02',
      [interview('2026-03-03T10:00:00+08:00'), interview('2026-09-03T10:00:00+08:00', 'cancelled')],
      'atRisk',
    ],
    ['one, in the second quarter', '2026-05-02', [interview('2026-03-03T10:00:00+08:00')], 'open'],
    [
      'one this year and one on New Year’s Eve before',
      '2026-11-02',
      [interview('2025-12-31T20:00:00+08:00'), interview('2026-03-03T10:00:00+08:00')],
      'atRisk',
    ],
    ['one, the year over', '2027-01-04', [interview('2026-03-03T10:00:00+08:00')], 'missed'],
  ])('%s', (_name, today, events, expected) => {
    const result = evaluateBoard({ ...boardInput(today, [unit('edu')], events), year: 2026 });
    expect(result.rows[0]?.year.onlineInterviews?.status).toBe(expected);
  });

  it('a township head in an online interview meets the principal-head rule', () => {
    const township = unit('town', 'township', { principalHeadName: '严镇长' });
    const held = event('town', '2026-06-03T10:00:00+08:00', {
      form: 'onlineInterview',
      unitKind: 'township',
      people: [{ name: '严镇长', title: '镇长' }],
    });
    const result = evaluateBoard(boardInput('2026-11-02', [township], [held]));
    expect(result.rows[0]?.year.principalHeadInterview?.status).toBe('met');
    expect(result.rows[0]?.year.onlineInterviews).toBeUndefined();
  });
});

describe('December deadlines for spokespersons and the expert pool', () => {
  const entry = (filedOn: string | null, removedOn: string | null = null) => ({
    unitId: 'edu',
    name: '钱发言',
    filedOn,
    removedOn,
  });

  it.each<[string, string, ReturnType<typeof entry>[], string, string | null]>([
    ['filed on the deadline', '2027-01-04', [entry('2026-12-31')], 'met', null],
    ['filed two days late', '2027-01-04', [entry('2027-01-02')], 'missed', 'filedLate'],
    ['never filed, the year over', '2027-01-04', [entry(null)], 'missed', 'notFiled'],
    ['nobody appointed', '2027-01-04', [], 'missed', 'noEntries'],
    ['not filed in May', '2026-05-04', [entry(null)], 'open', 'notFiled'],
    ['not filed in the deadline’s quarter', '2026-11-02', [entry(null)], 'atRisk', 'notFiled'],
    ['filed in an earlier year', '2026-11-02', [entry('2025-06-01')], 'met', null],
    [
      'the filed one left before the deadline',
      '2027-01-04',
      [entry('2025-06-01', '2026-08-01')],
      'missed',
      'noEntries',
    ],
  ])('%s', (_name, today, spokespersons, status, note) => {
    const result = evaluateBoard({
      ...boardInput(today, [unit('edu')], [], spokespersons),
      year: 2026,
    });
    expect(result.rows[0]?.year.spokespersonFiling).toMatchObject({ status, note });
  });

  it('the deadline is a setting: 30 June', () => {
    const result = evaluateBoard({
      ...boardInput('2026-07-02', [unit('edu')], []),
      experts: [entry('2026-07-01')],
      settings: { ...defaultComplianceSettings, expertPoolFilingDeadline: '06-30' },
    });
    expect(result.rows[0]?.year.expertPoolFiling).toMatchObject({
      status: 'missed',
      note: 'filedLate',
    });
  });
});

describe('new-media accounts filed with the information centre', () => {
  const account = (openedOn: string, filedOn: string | null) => ({
    unitId: 'edu',
    name: '教育发布',
    openedOn,
    filedOn,
    closedOn: null,
  });

  it.each<[string, number, string, ReturnType<typeof account>[], string]>([
    ['filed within 30 days', 2026, '2026-11-02', [account('2026-03-01', '2026-03-20')], 'met'],
    ['filed late', 2026, '2026-11-02', [account('2026-03-01', '2026-05-01')], 'missed'],
    ['due in December, not filed', 2026, '2026-11-27', [account('2026-11-10', null)], 'atRisk'],
    [
      'opened last December, still not filed',
      2026,
      '2026-11-02',
      [account('2025-12-20', null)],
      'missed',
    ],
    [
      'opened last December: not due in that year',
      2025,
      '2026-11-02',
      [account('2025-12-20', null)],
      'met',
    ],
  ])('%s (%i)', (_name, year, today, accounts, expected) => {
    const result = evaluateBoard({ ...boardInput(today, [unit('edu')], []), accounts, year });
    expect(result.rows[0]?.year.newMediaFiling?.status).toBe(expected);
  });

  it('a unit without accounts has no cell', () => {
    expect(board('2026-11-02', {}).rows[0]?.year.newMediaFiling).toBeUndefined();
  });
});

describe('the drill-down', () => {
  it('lists what counted and why the others did not', () => {
    const held = event('edu', '2026-05-12T09:30:00+08:00');
    const cancelled = event('edu', '2026-04-20T09:30:00+08:00', { state: 'cancelled' });
    const postponed = event('edu', '2026-06-02T09:30:00+08:00', { state: 'postponed' });
    const elsewhere = event('edu', '2026-08-02T09:30:00+08:00');
    const people = { unitName: '县edu局', spokespersonNames: [], principalHeadName: '' };
    const result = cellEvents('pressConference', 'edu', people, quarterPeriod(2026, 2), [
      held,
      cancelled,
      postponed,
      elsewhere,
    ]);
    expect(result).toEqual({
      counted: [held.id],
      notCounted: [
        { id: cancelled.id, reason: 'cancelled' },
        { id: postponed.id, reason: 'postponed' },
      ],
    });
  });
});

describe('the board as a whole', () => {
  it('tallies each quarter and warns about the current one', () => {
    const result = board('2026-12-21', {
      units: [unit('a'), unit('b'), unit('c')],
      events: [
        event('a', '2026-10-12T09:30:00+08:00'),
        event('b', '2026-11-12T09:30:00+08:00', { state: 'cancelled' }),
      ],
    });
    expect(result.quarterTallies.pressConference[3]).toMatchObject({ met: 1, atRisk: 2 });
    expect(result.quarterTallies.pressConference[0]).toMatchObject({ missed: 3 });
    const warning = result.warnings.find((item) => item.rule === 'pressConference');
    expect(warning).toMatchObject({ quarter: 4, daysLeft: 11, workingDaysLeft: 9 });
    expect(warning?.units.map((item) => item.unitId)).toEqual(['b', 'c']);
  });
});
