import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { createCore, type Core } from '../createCore.ts';
import { findUserByUsername } from '../accounts/userRepository.ts';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { seedDemoCounty } from './seedDemoCounty.ts';

/** The demo county (about 30 units, a year of events) gives the board and the calendar substance. */
const folder = tempFolder();
const today = new Date('2026-11-25T10:00:00+08:00');
let core: Core;

const signIn = (username: string) => {
  const user = findUserByUsername(core.db, username);
  if (!user) throw new Error(`no demo user ${username}`);
  core.sessions.signIn(`web:${username}`, user.id, today);
  return username;
};

beforeAll(async () => {
  expect(await seedDemoCounty(folder.path, today)).toBe(true);
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => today });
}, 240_000);

afterAll(() => {
  core.close();
  folder.remove();
});

describe('the demo county’s scheduling', () => {
  it('fills the board with a mix of met, missed and at-risk cells, and warns', async () => {
    const board = await callAs(core, signIn('xinwenban'), 'compliance:board', { year: 2026 });
    expect(board.rows.length).toBeGreaterThanOrEqual(25);
    const conferences = board.quarterTallies.pressConference;
    expect(conferences.reduce((sum, tally) => sum + tally.met, 0)).toBeGreaterThanOrEqual(20);
    expect(conferences.reduce((sum, tally) => sum + tally.missed, 0)).toBeGreaterThan(10);
    expect(board.quarterTallies.newsOfficeAppearance.some((tally) => tally.met > 0)).toBe(true);
    expect(board.yearTallies.onlineInterviews.met).toBeGreaterThanOrEqual(2);
    expect(board.yearTallies.spokespersonFiling.met).toBeGreaterThanOrEqual(7);
    expect(board.yearTallies.newMediaFiling.missed).toBeGreaterThanOrEqual(2);
    expect(board.warnings.length).toBeGreaterThan(0);
    const designated = board.rows.filter((row) => row.designated).map((row) => row.unitName);
    expect(designated).toHaveLength(6);
  });

  it('counts the reviewed events and the 舆情 on the board, one answered and one overdue', async () => {
    const topics = await callAs(core, signIn('xinwenban'), 'compliance:topics', { year: 2026 });
    const fourth = topics.totals[3];
    expect(fourth?.concerns).toMatchObject({
      registered: 3,
      responded: 1,
      respondedWithinInfo: 1,
      longestResponseMs: (3 * 60 + 40) * 60_000,
      overdueInfo: 1,
      overdueConference: 1,
    });
    const health = topics.rows.find((row) => row.unitName === '县卫生健康委员会');
    expect(health?.quarters[3]?.concerns.responded).toBe(1);
    expect(
      topics.totals.reduce((sum, counts) => sum + counts.evaluation.reviewed, 0),
    ).toBeGreaterThan(5);
    // The news office confirmed a finding of the latest reviewed events.
    expect(
      topics.totals.reduce((sum, counts) => sum + counts.evaluation.verified, 0),
    ).toBeGreaterThan(0);
  });

  it('shows a month of events on the calendar, with the conflict of two bookings of the hall', async () => {
    const view = await callAs(core, signIn('xinwenban'), 'schedule:events', {
      from: '2026-11-01',
      before: '2026-12-07',
    });
    expect(view.events.length).toBeGreaterThanOrEqual(8);
    expect(new Set(view.events.map((event) => event.form))).toEqual(
      new Set(['pressConference', 'onlineInterview']),
    );
    expect(view.conflicts.length).toBeGreaterThanOrEqual(1);
    expect(view.conflicts[0]?.matches.map((match) => match.resource)).toContain('venue');
  });

  it('has registers partly filled in and plans set against what happened', async () => {
    const registers = await callAs(core, signIn('xinwenban'), 'registers:list', {});
    const standings = registers.spokespersons.map((entry) => entry.standing);
    expect(standings).toContain('filed');
    expect(standings).toContain('pending');
    expect(registers.accounts.map((account) => account.standing)).toEqual(
      expect.arrayContaining(['filed', 'filedLate', 'overdue', 'pending']),
    );
    const plans = await callAs(core, signIn('jiaoyu.jb'), 'plans:list', { year: 2026 });
    const statuses = plans.units[0]?.items.map((item) => item.status) ?? [];
    expect(statuses).toContain('done');
    expect(statuses.length).toBe(5);
  });

  it('keeps the audit chain intact', () => {
    expect(verifyAuditChain(core.db)).toMatchObject({ intact: true });
  });
});
