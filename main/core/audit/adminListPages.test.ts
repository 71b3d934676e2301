import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** The admin lists that grow: the audit log and the users, filtered and paged in SQL. */
const folder = tempFolder();
const clock = new Date('2026-11-20T10:00:00+08:00');
let core: Core;
let admin = '';
let unitIds: string[] = [];

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  admin = await setUpInstallation(core);
  unitIds = (await callAs(core, admin, 'units:list', {})).map((unit) => unit.id);
  for (let index = 0; index < 24; index++) {
    await callAs(core, admin, 'users:create', {
      username: `user${String(index).padStart(2, '0')}`,
      displayName: index % 2 === 0 ? `偶数${index}` : `奇数${index}`,
      unitId: unitIds[index % unitIds.length] ?? null,
      roles: ['drafter'],
      password: 'password-1234',
    });
  }
});
afterAll(() => {
  core.close();
  folder.remove();
});

describe('audit:page', () => {
  it('finds entries by a word of their details and by days, newest first, paged', async () => {
    const all = await callAs(core, admin, 'audit:page', { limit: 200 });
    const seqs = all.items.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const word = await callAs(core, admin, 'audit:page', { keyword: '奇数', limit: 200 });
    expect(word.total).toBe(12);
    // The clock reads 10:00 on 20 November in Shanghai: every row is of that day, none of the next.
    const day = await callAs(core, admin, 'audit:page', { from: '2026-11-20', to: '2026-11-20' });
    expect(day.total).toBe(all.total);
    const before = await callAs(core, admin, 'audit:page', { to: '2026-11-19' });
    expect(before.total).toBe(0);
    const after = await callAs(core, admin, 'audit:page', { from: '2026-11-21', keyword: '奇数' });
    expect(after.total).toBe(0);
    const second = await callAs(core, admin, 'audit:page', { limit: 5, offset: 5 });
    expect(second.items.map((entry) => entry.seq)).toEqual(seqs.slice(5, 10));
    expect(second.total).toBe(all.total);
  });

  it('is for the administrator only', async () => {
    // Named: a random user name (user + 8 hex digits) began with user1 one run in 16 and was
    // found by the user-name search below.
    const drafter = await signedInUser(core, admin, ['drafter'], 'drafter.only');
    const result = await core.router.dispatch('audit:page', {}, `web:${drafter}`);
    expect(result.ok).toBe(false);
  });
});

describe('users:page', () => {
  it('finds users by user name or name and by unit, paged with the total', async () => {
    const byName = await callAs(core, admin, 'users:page', { keyword: '偶数' });
    expect(byName.total).toBe(12);
    const byUsername = await callAs(core, admin, 'users:page', { keyword: 'USER1' });
    expect(byUsername.items.map((user) => user.username)).toEqual(
      Array.from({ length: 10 }, (_, index) => `user1${index}`),
    );
    const unitId = unitIds[2] ?? '';
    const inUnit = await callAs(core, admin, 'users:page', { unitId, limit: 200 });
    expect(inUnit.total).toBeGreaterThan(0);
    expect(inUnit.items.every((user) => user.unitId === unitId)).toBe(true);
    const pageTwo = await callAs(core, admin, 'users:page', { limit: 10, offset: 10 });
    const all = await callAs(core, admin, 'users:page', { limit: 200 });
    expect(pageTwo.items.map((user) => user.id)).toEqual(
      all.items.slice(10, 20).map((user) => user.id),
    );
  });
});
