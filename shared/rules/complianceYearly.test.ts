import { describe, expect, it } from 'vitest';
import type { RequestState } from '../domain/requests.ts';
import { defaultComplianceSettings } from '../domain/schedulingSettings.ts';
import { evaluateBoard } from './complianceBoard.ts';
import type { ComplianceEvent } from './complianceCounting.ts';
import { cellEvents } from './complianceDrillDown.ts';
import { quarterPeriod } from './schedulePeriods.ts';
import { board, boardInput, event, unit } from './testing/complianceFixtures.ts';

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
