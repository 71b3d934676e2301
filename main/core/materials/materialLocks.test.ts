import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor.ts';
import { createCore, type Core } from '../createCore.ts';
import {
  callAs,
  newClient,
  setUpInstallation,
  signedInUser,
  testPassword,
} from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { leaseMs, MaterialLocks } from './materialLocks.ts';
import { documentText } from './testing/materialFixtures.ts';

const drafter = { userId: 'u1', displayName: '张经办' } as Actor;
const start = new Date('2026-11-27T10:00:00+08:00');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('the editing lease', () => {
  it('belongs to the first window; a second window of the same person only learns who holds it', () => {
    const locks = new MaterialLocks();
    expect(locks.acquire('m', 'window-a', drafter, start)).toBe(true);
    expect(locks.acquire('m', 'window-b', drafter, at(1_000))).toBe(false);
    expect(locks.view('m', 'window-b', at(1_000))).toEqual({
      mine: false,
      holderName: '张经办',
      since: start.toISOString(),
    });
    expect(locks.view('m', 'window-a', at(1_000)).mine).toBe(true);
  });

  it('lasts while renewed, and expires once renewals stop (a crashed window)', () => {
    const locks = new MaterialLocks();
    locks.acquire('m', 'window-a', drafter, start);
    // Renewed every 10 seconds for two minutes: never free for another window.
    for (let t = 10_000; t <= 120_000; t += 10_000) {
      expect(locks.acquire('m', 'window-b', drafter, at(t - 1))).toBe(false);
      expect(locks.acquire('m', 'window-a', drafter, at(t))).toBe(true);
    }
    expect(locks.view('m', 'window-a', at(120_000)).since).toBe(start.toISOString());
    const lastRenewal = 120_000;
    expect(locks.acquire('m', 'window-b', drafter, at(lastRenewal + leaseMs - 1))).toBe(false);
    expect(locks.view('m', 'window-b', at(lastRenewal + leaseMs)).holderName).toBeNull();
    expect(locks.acquire('m', 'window-b', drafter, at(lastRenewal + leaseMs))).toBe(true);
    expect(leaseMs).toBeLessThanOrEqual(30_000);
  });

  it('is free at once when its window closes; another window closing does not free it', () => {
    const locks = new MaterialLocks();
    locks.acquire('m', 'window-a', drafter, start);
    locks.release('m', 'window-b');
    expect(locks.acquire('m', 'window-b', drafter, at(1))).toBe(false);
    locks.release('m', 'window-a');
    expect(locks.view('m', 'window-b', at(2)).holderName).toBeNull();
    expect(locks.acquire('m', 'window-b', drafter, at(2))).toBe(true);
  });

  it('is taken over by a window that asks to edit here; the first window then sees it held elsewhere', () => {
    const locks = new MaterialLocks();
    locks.acquire('m', 'window-a', drafter, start);
    expect(locks.acquire('m', 'window-b', drafter, at(5_000), true)).toBe(true);
    expect(locks.view('m', 'window-a', at(6_000))).toMatchObject({
      mine: false,
      holderName: '张经办',
    });
    expect(locks.acquire('m', 'window-a', drafter, at(7_000))).toBe(false);
    // Closing the first window afterwards leaves the second one's lease alone.
    locks.release('m', 'window-a');
    expect(locks.view('m', 'window-b', at(8_000)).mine).toBe(true);
  });
});

describe('two windows of one drafter, through the core', () => {
  const folder = tempFolder();
  let clock = start;
  let core: Core;
  let first: string;
  let second: string;
  let materialId: string;

  beforeAll(async () => {
    core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web', now: () => clock });
    const admin = await setUpInstallation(core);
    const units = await callAs(core, admin, 'units:list', {});
    first = await signedInUser(core, admin, ['drafter'], 'zhang');
    second = newClient();
    await callAs(core, second, 'session:signIn', { username: 'zhang', password: testPassword });
    const draft = await callAs(core, first, 'requests:create', {});
    await callAs(core, first, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(units[1]?.id ?? ''),
    });
    materialId = (
      await callAs(core, first, 'materials:create', { requestId: draft.id, kind: 'opening' })
    ).id;
  });
  afterAll(() => {
    core.close();
    folder.remove();
  });

  const save = (client: string, revision: number, document: string) =>
    core.router.dispatch('materials:save', { materialId, revision, document }, `web:${client}`);

  it('a second window opens read-only, and saving what it opened is no conflict', async () => {
    const opened = await callAs(core, first, 'materials:open', { materialId });
    expect(opened.editable).toBe(true);
    const stored = await callAs(core, first, 'materials:save', {
      materialId,
      revision: opened.revision,
      document: documentText('各位记者朋友：'),
    });
    clock = at(5_000);
    const elsewhere = await callAs(core, second, 'materials:open', { materialId });
    expect(elsewhere).toMatchObject({
      editable: false,
      lock: { mine: false, holderName: expect.any(String) },
    });
    const same = await save(second, elsewhere.revision, elsewhere.document);
    expect(same).toMatchObject({ ok: true, value: { revision: stored.revision } });
    const changed = await save(second, elsewhere.revision, documentText('改动'));
    expect(changed).toMatchObject({ ok: false, error: { code: 'edited_elsewhere' } });
    // The no-op save did not take the lease from the first window.
    expect((await callAs(core, first, 'materials:keepOpen', { materialId })).mine).toBe(true);
  });

  it('a window closed frees the material for the next one at once', async () => {
    await callAs(core, first, 'materials:close', { materialId });
    const opened = await callAs(core, second, 'materials:open', { materialId });
    expect(opened).toMatchObject({ editable: true, lock: { mine: true } });
    await callAs(core, second, 'materials:close', { materialId });
  });

  it('a window that stops renewing (crashed) frees the material after the lease expires', async () => {
    clock = at(60_000);
    expect((await callAs(core, first, 'materials:open', { materialId })).editable).toBe(true);
    clock = at(60_000 + leaseMs - 1);
    expect((await callAs(core, second, 'materials:open', { materialId })).editable).toBe(false);
    clock = at(60_000 + leaseMs);
    expect(
      (await callAs(core, second, 'materials:keepOpen', { materialId })).holderName,
    ).toBeNull();
    const reopened = await callAs(core, second, 'materials:open', { materialId });
    expect(reopened.editable).toBe(true);
    const saved = await save(second, reopened.revision, documentText('第二个窗口写的'));
    expect(saved.ok).toBe(true);
  });

  it('taking over tells the first window, whose later edits are refused', async () => {
    const opened = await callAs(core, first, 'materials:open', { materialId });
    expect(opened.lock.mine).toBe(false);
    const taken = await callAs(core, first, 'materials:takeOver', { materialId });
    expect(taken).toMatchObject({ editable: true, lock: { mine: true } });
    expect(await callAs(core, second, 'materials:keepOpen', { materialId })).toMatchObject({
      mine: false,
      holderName: expect.any(String),
    });
    const refused = await save(second, taken.revision, documentText('旧窗口的改动'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'edited_elsewhere' } });
  });
});
