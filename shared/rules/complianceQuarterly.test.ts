import { describe, expect, it } from 'vitest';
import { evaluateBoard } from './complianceBoard.ts';
import type { ComplianceEvent } from './complianceCounting.ts';
import {
  board,
  boardInput,
  event,
  newsOffice,
  quarterStatuses,
  unit,
} from './testing/complianceFixtures.ts';
import { workCalendarOf } from './workingDays.ts';

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
