import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract/channels.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { writeManyRequests, type GeneratedRequest } from '../testing/manyRequests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** The 报批 list over a county's ten years: 10,000 requests in a real SQLite file. */
const folder = tempFolder();
let core: Core;
let reviewer = '';
let drafter = '';
let unitIds: string[] = [];
let generated: GeneratedRequest[] = [];

const page = (client: string, input: ChannelInput<'requests:page'>) =>
  callAs(core, client, 'requests:page', input);

/** The Shanghai date of an instant. */
const dateOf = (instant: string) =>
  new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web' });
  const admin = await setUpInstallation(core);
  unitIds = (await callAs(core, admin, 'units:list', {})).map((unit) => unit.id);
  generated = writeManyRequests(core.db, unitIds, 10_000);
  reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
  drafter = await signedInUser(core, admin, ['drafter']);
}, 120_000);
afterAll(() => {
  core.close();
  folder.remove();
});

describe('requests:page', () => {
  it('finds a request by a word of its title among 10,000, and only what has that word', async () => {
    const wanted = generated[4321];
    const found = await page(reviewer, { keyword: '第4321号' });
    expect(found.items.map((item) => item.id)).toEqual([wanted?.id]);
    expect(found.total).toBe(1);

    const topic = await page(reviewer, { keyword: '乡村振兴', limit: 200 });
    const expected = generated.filter((request) => request.title.includes('乡村振兴'));
    expect(topic.total).toBe(expected.length);
    expect(topic.items.every((item) => item.title.includes('乡村振兴'))).toBe(true);

    expect((await page(reviewer, { keyword: '不存在的词语' })).total).toBe(0);
  });

  it('filters by unit, form, state and a date range together, as the generated data says', async () => {
    const unitId = unitIds[2] ?? '';
    const input = {
      unitId,
      form: 'onlineInterview',
      states: ['approved', 'cancelled'],
      from: '2019-03-01',
      to: '2021-06-30',
      limit: 200,
    } as const;
    const result = await page(reviewer, input);
    const expected = generated.filter(
      (request) =>
        request.unitId === unitId &&
        request.form === 'onlineInterview' &&
        ['approved', 'cancelled'].includes(request.state) &&
        dateOf(request.startsAt) >= input.from &&
        dateOf(request.startsAt) <= input.to,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(result.total).toBe(expected.length);
    expect(new Set(result.items.map((item) => item.id))).toEqual(
      new Set(expected.map((request) => request.id)),
    );
  });

  it('includes both ends of the date range, in Shanghai days', async () => {
    const day = dateOf(generated[5000]?.startsAt ?? '');
    const result = await page(reviewer, { from: day, to: day, limit: 200 });
    const expected = generated.filter((request) => dateOf(request.startsAt) === day);
    expect(result.total).toBe(expected.length);
    expect(result.items.map((item) => item.id).sort()).toEqual(
      expected.map((request) => request.id).sort(),
    );
  });

  it('pages through the whole filtered list without gaps or repeats, in time order', async () => {
    const unitId = unitIds[1] ?? '';
    const seen: string[] = [];
    const { total } = await page(reviewer, { unitId, limit: 1 });
    for (let offset = 0; offset < total + 200; offset += 200) {
      const result = await page(reviewer, { unitId, sort: 'timeAsc', limit: 200, offset });
      expect(result.total).toBe(total);
      seen.push(...result.items.map((item) => item.id));
    }
    const expected = generated
      .filter((request) => request.unitId === unitId)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
    expect(total).toBe(expected.length);
    expect(seen).toEqual(expected.map((request) => request.id));

    const newest = await page(reviewer, { unitId, sort: 'timeDesc', limit: 1 });
    expect(newest.items[0]?.id).toBe(expected.at(-1)?.id);
  });

  it('keeps a drafter to their own unit, whatever unit or keyword they ask for', async () => {
    const own = unitIds[1] ?? '';
    const other = unitIds[2] ?? '';
    const mine = await page(drafter, { limit: 200 });
    expect(mine.total).toBe(generated.filter((request) => request.unitId === own).length);
    expect(mine.items.every((item) => item.unitId === own)).toBe(true);
    expect((await page(drafter, { unitId: other })).total).toBe(0);
    const otherUnitsRequest = generated.find((request) => request.unitId === other);
    const serial = generated.indexOf(otherUnitsRequest as GeneratedRequest);
    expect((await page(drafter, { keyword: `第${serial}号` })).total).toBe(0);
    expect((await page(reviewer, { keyword: `第${serial}号` })).total).toBe(1);
  });

  it('refuses a malformed date with a message instead of guessing', async () => {
    const result = await core.router.dispatch(
      'requests:page',
      { from: '2026/12/05' },
      `web:${reviewer}`,
    );
    expect(result.ok).toBe(false);
  });
});
