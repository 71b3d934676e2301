import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { callAs, newClient, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let clock: Date;
let admin: string;
let unitId: string;
let otherUnitId: string;
let drafter: string;
let otherDrafter: string;
let unitHead: string;
let reviewer: string;

beforeEach(async () => {
  folder = tempFolder();
  clock = new Date('2026-11-27T10:00:00+08:00');
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  admin = await setUpInstallation(core);
  const units = await callAs(core, admin, 'units:list', {});
  unitId = units[1]?.id ?? '';
  otherUnitId = units[2]?.id ?? '';
  drafter = await signedInUser(core, admin, ['drafter']);
  unitHead = await signedInUser(core, admin, ['unitHead']);
  reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
  const other = await callAs(core, admin, 'users:create', {
    username: 'other',
    displayName: '别的经办',
    unitId: otherUnitId,
    roles: ['drafter'],
    password: 'password-1234',
  });
  otherDrafter = newClient();
  core.sessions.signIn(`web:${otherDrafter}`, other.id, clock);
});
afterEach(() => {
  core.close();
  folder.remove();
});

async function submitted(title: string) {
  const draft = await callAs(core, drafter, 'requests:create', {});
  const saved = await callAs(core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(unitId, { title }),
  });
  return callAs(core, drafter, 'requests:submit', {
    requestId: draft.id,
    revision: saved.revision,
  });
}

describe('the event workspace', () => {
  it('shows each stage and why: a request waiting for the news office', async () => {
    const request = await submitted('季度发布会');
    await callAs(core, unitHead, 'requests:decide', {
      requestId: request.id,
      decision: 'approve',
      comment: '同意',
    });
    const workspace = await callAs(core, reviewer, 'workspace:get', { requestId: request.id });
    expect(workspace.stages.map((stage) => [stage.id, stage.status, stage.reasons])).toEqual([
      ['request', 'inProgress', ['waitingNewsOffice']],
      ['materials', 'notStarted', ['noMaterials']],
      ['schedule', 'inProgress', ['notApproved']],
      ['transcript', 'notStarted', ['eventAhead']],
      ['release', 'blocked', ['notApproved', 'noMaterials']],
    ]);
    expect(workspace.request.actions).toEqual(['approve', 'return', 'reject']);
  });

  it('lists the files made for the event with who, when and the hash', async () => {
    const request = await submitted('季度发布会');
    await callAs(core, drafter, 'requests:exportDocument', {
      requestId: request.id,
      document: 'form',
    });
    const workspace = await callAs(core, drafter, 'workspace:get', { requestId: request.id });
    expect(workspace.exports).toHaveLength(1);
    expect(workspace.exports[0]).toMatchObject({
      action: 'request.exportDocument',
      details: { document: 'form' },
    });
  });
});

describe('home pages', () => {
  it('shows a drafter their unit’s upcoming events and drafts, never another unit’s', async () => {
    await submitted('本单位的发布会');
    const theirs = await callAs(core, otherDrafter, 'requests:create', {
      title: '别的单位的发布会',
    });
    await callAs(core, otherDrafter, 'requests:saveDraft', {
      requestId: theirs.id,
      revision: 1,
      fields: completeFields(otherUnitId, { title: '别的单位的发布会' }),
    });
    const home = await callAs(core, drafter, 'home:overview', {});
    expect(home.upcoming.map((item) => item.title)).toEqual(['本单位的发布会']);
    expect(home.county).toBeNull();
    expect(home.waitingForMe).toEqual([]);
  });

  it('shows a reviewer what waits for them, oldest first, and the county at a glance', async () => {
    const first = await submitted('第一场');
    clock = new Date(clock.getTime() + 60_000);
    const second = await submitted('第二场');
    for (const request of [second, first]) {
      await callAs(core, unitHead, 'requests:decide', {
        requestId: request.id,
        decision: 'approve',
        comment: '同意',
      });
    }
    const home = await callAs(core, reviewer, 'home:overview', {});
    expect(home.waitingForMe.map((item) => item.title)).toEqual(['第一场', '第二场']);
    expect(home.county).toMatchObject({
      quarter: '2026-Q4',
      pendingRequests: 2,
      approvedThisQuarter: 0,
    });
    expect(home.county?.unitsWithoutConference.map((unit) => unit.unitName)).toEqual([
      '县教育体育局',
      '城关镇人民政府',
    ]);
  });
});

describe('notifications', () => {
  it('tells the next decider and the drafter, counts unread, and marks read', async () => {
    const request = await submitted('季度发布会');
    expect(await callAs(core, unitHead, 'notifications:unreadCount', {})).toBe(1);
    const [waiting] = await callAs(core, unitHead, 'notifications:list', {});
    expect(waiting).toMatchObject({ kind: 'waiting', subjectId: request.id, read: false });
    await callAs(core, unitHead, 'requests:decide', {
      requestId: request.id,
      decision: 'return',
      comment: '请补充',
    });
    const [decision] = await callAs(core, drafter, 'notifications:list', { unreadOnly: true });
    expect(decision).toMatchObject({
      kind: 'decision',
      text: expect.stringContaining('被退回修改'),
    });
    expect(await callAs(core, drafter, 'notifications:markRead', {})).toBe(1);
    expect(await callAs(core, drafter, 'notifications:unreadCount', {})).toBe(0);
  });

  it('reminds a drafter once of a deadline falling due today', async () => {
    const draft = await callAs(core, drafter, 'requests:create', {});
    await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, { startsAt: '2026-12-02T09:30:00+08:00', endsAt: null }),
    });
    await callAs(core, drafter, 'notifications:unreadCount', {});
    await callAs(core, drafter, 'notifications:unreadCount', {});
    const reminders = (await callAs(core, drafter, 'notifications:list', {})).filter(
      (item) => item.kind === 'deadline',
    );
    expect(reminders.map((item) => item.text)).toEqual([
      expect.stringContaining('今天（2026-11-27）到期'),
      expect.stringContaining('今天（2026-11-27）到期'),
    ]);
  });

  it('polling the badge does not keep an idle session from locking', async () => {
    clock = new Date(clock.getTime() + 10 * 60_000);
    await callAs(core, drafter, 'notifications:unreadCount', {});
    clock = new Date(clock.getTime() + 10 * 60_000);
    const result = await core.router.dispatch('home:overview', {}, `web:${drafter}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'session_locked' } });
  });
});
