import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { writeManyRequests, type GeneratedRequest } from '../testing/manyRequests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** The 现场实录 list over ten years of requests: only approved events, filtered and paged in SQL. */
const folder = tempFolder();
let core: Core;
let reviewer = '';
let drafter = '';
let unitIds: string[] = [];
let approved: GeneratedRequest[] = [];

const dateOf = (instant: string) =>
  new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web' });
  const admin = await setUpInstallation(core);
  unitIds = (await callAs(core, admin, 'units:list', {})).map((unit) => unit.id);
  approved = writeManyRequests(core.db, unitIds, 3_000).filter(
    (request) => request.state === 'approved',
  );
  reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
  drafter = await signedInUser(core, admin, ['drafter']);
}, 60_000);
afterAll(() => {
  core.close();
  folder.remove();
});

describe('transcripts:page', () => {
  it('lists the approved events by keyword and days, paged, newest first', async () => {
    const all = await callAs(core, reviewer, 'transcripts:page', { limit: 200 });
    expect(all.total).toBe(approved.length);
    const times = all.items.map((item) => item.startsAt ?? '');
    expect(times).toEqual([...times].sort().reverse());

    const word = await callAs(core, reviewer, 'transcripts:page', {
      keyword: '生态环保',
      from: '2019-01-01',
      to: '2020-12-31',
      limit: 200,
    });
    const expected = approved.filter(
      (request) =>
        request.title.includes('生态环保') &&
        dateOf(request.startsAt) >= '2019-01-01' &&
        dateOf(request.startsAt) <= '2020-12-31',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(word.total).toBe(expected.length);
    expect(new Set(word.items.map((item) => item.requestId))).toEqual(
      new Set(expected.map((request) => request.id)),
    );

    const second = await callAs(core, reviewer, 'transcripts:page', { limit: 10, offset: 10 });
    expect(second.items.map((item) => item.requestId)).toEqual(
      all.items.slice(10, 20).map((item) => item.requestId),
    );
  });

  it("keeps a drafter to their own unit's events", async () => {
    const own = unitIds[1] ?? '';
    const mine = await callAs(core, drafter, 'transcripts:page', { limit: 200 });
    expect(mine.total).toBe(approved.filter((request) => request.unitId === own).length);
  });
});
