import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import {
  callAs,
  newClient,
  setUpInstallation,
  signedInUser,
  testPassword,
} from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let clock: Date;

beforeEach(() => {
  folder = tempFolder();
  clock = new Date('2026-11-27T09:00:00+08:00');
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
});
afterEach(() => {
  core.close();
  folder.remove();
});

const dispatch = (client: string, channel: string, input: unknown) =>
  core.router.dispatch(channel, input, `web:${client}`);
const advanceMinutes = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe('first-run setup', () => {
  it('creates the office, units and administrator once, and signs the administrator in', async () => {
    expect(await callAs(core, newClient(), 'app:info', {})).toMatchObject({ setupRequired: true });
    const admin = await setUpInstallation(core);
    const session = await callAs(core, admin, 'session:current', {});
    expect(session).toMatchObject({
      officeName: '测试县人民政府新闻办公室',
      unitName: '县政府新闻办公室',
      user: { username: 'admin', roles: ['administrator'] },
    });
    expect(await callAs(core, newClient(), 'app:info', {})).toMatchObject({ setupRequired: false });

    const before = databaseSnapshot(core.db);
    const again = await dispatch(newClient(), 'setup:initialize', {
      officeName: '另一个',
      units: [{ name: '某单位', kind: 'department' }],
      admin: { username: 'intruder', displayName: '入侵者', password: 'password123' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'setup_done' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('never stores a password in clear', async () => {
    await setUpInstallation(core);
    expect(databaseSnapshot(core.db)).not.toContain(testPassword);
  });
});

describe('signing in', () => {
  it('refuses a wrong password and an unknown user with the same message', async () => {
    await setUpInstallation(core);
    const wrong = await dispatch(newClient(), 'session:signIn', {
      username: 'admin',
      password: 'nope-nope',
    });
    const unknown = await dispatch(newClient(), 'session:signIn', {
      username: 'ghost',
      password: 'nope-nope',
    });
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'wrong_credentials', message: '用户名或密码不正确。' },
    });
    expect(unknown).toEqual(wrong);
  });

  it('refuses a disabled user, and ends the sessions of a user disabled while signed in', async () => {
    const admin = await setUpInstallation(core);
    const drafter = await signedInUser(core, admin, ['drafter'], 'drafter1');
    const users = await callAs(core, admin, 'users:list', {});
    const drafterId = users.find((user) => user.username === 'drafter1')?.id ?? '';
    await callAs(core, admin, 'users:setDisabled', { userId: drafterId, disabled: true });

    expect(await dispatch(drafter, 'units:list', {})).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    const again = await dispatch(newClient(), 'session:signIn', {
      username: 'drafter1',
      password: testPassword,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'user_disabled' } });
  });

  it('locks a session idle past the administrator’s limit until its user signs in again', async () => {
    const admin = await setUpInstallation(core);
    await callAs(core, admin, 'settings:update', { idleLockMinutes: 5 });
    advanceMinutes(4);
    expect((await dispatch(admin, 'units:list', {})).ok).toBe(true);
    advanceMinutes(6);
    expect(await dispatch(admin, 'units:list', {})).toMatchObject({
      ok: false,
      error: { code: 'session_locked' },
    });
    expect(await callAs(core, admin, 'session:current', {})).toBeNull();
    await callAs(core, admin, 'session:signIn', { username: 'admin', password: testPassword });
    expect((await dispatch(admin, 'units:list', {})).ok).toBe(true);
  });

  it('lets a user change their own password only with the current one', async () => {
    const admin = await setUpInstallation(core);
    const refused = await dispatch(admin, 'session:changePassword', {
      currentPassword: 'wrong',
      newPassword: 'new password 2',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    await callAs(core, admin, 'session:changePassword', {
      currentPassword: testPassword,
      newPassword: 'new password 2',
    });
    expect(
      (
        await dispatch(newClient(), 'session:signIn', {
          username: 'admin',
          password: 'new password 2',
        })
      ).ok,
    ).toBe(true);
  });

  it('ends the user’s other sessions on a password change and tells them why; this one stays', async () => {
    const admin = await setUpInstallation(core);
    const drafter = await signedInUser(core, admin, ['drafter'], 'drafter1');
    const adminElsewhere = newClient();
    await callAs(core, adminElsewhere, 'session:signIn', {
      username: 'admin',
      password: testPassword,
    });

    await callAs(core, admin, 'session:changePassword', {
      currentPassword: testPassword,
      newPassword: 'new password 2',
    });
    const ended = {
      ok: false,
      error: { code: 'session_ended', message: '您的密码已更改，请使用新密码重新登录。' },
    };
    expect(await dispatch(adminElsewhere, 'units:list', {})).toEqual(ended);
    expect(await dispatch(adminElsewhere, 'users:list', {})).toEqual(ended);
    expect(await callAs(core, adminElsewhere, 'session:current', {})).toBeNull();
    expect((await dispatch(admin, 'units:list', {})).ok).toBe(true);
    expect((await dispatch(drafter, 'units:list', {})).ok).toBe(true);

    await callAs(core, adminElsewhere, 'session:signIn', {
      username: 'admin',
      password: 'new password 2',
    });
    expect((await dispatch(adminElsewhere, 'units:list', {})).ok).toBe(true);
  });

  it('ends every session of a user whose password an administrator resets', async () => {
    const admin = await setUpInstallation(core);
    const drafter = await signedInUser(core, admin, ['drafter'], 'drafter1');
    const drafterElsewhere = newClient();
    await callAs(core, drafterElsewhere, 'session:signIn', {
      username: 'drafter1',
      password: testPassword,
    });
    // Guesses that made the next try wait are forgiven with the reset.
    for (let i = 0; i < 5; i++) {
      await dispatch(newClient(), 'session:signIn', { username: 'drafter1', password: 'guess' });
    }
    const drafterId =
      (await callAs(core, admin, 'users:list', {})).find((user) => user.username === 'drafter1')
        ?.id ?? '';

    await callAs(core, admin, 'users:resetPassword', {
      userId: drafterId,
      newPassword: 'reset password 3',
    });
    for (const client of [drafter, drafterElsewhere]) {
      expect(await dispatch(client, 'units:list', {})).toEqual({
        ok: false,
        error: { code: 'session_ended', message: '管理员已重置您的密码，请使用新密码重新登录。' },
      });
    }
    expect((await dispatch(admin, 'units:list', {})).ok).toBe(true);
    expect(
      await dispatch(drafter, 'session:signIn', { username: 'drafter1', password: testPassword }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    await callAs(core, drafter, 'session:signIn', {
      username: 'drafter1',
      password: 'reset password 3',
    });
    expect((await dispatch(drafter, 'units:list', {})).ok).toBe(true);
  });
});

describe('administration', () => {
  it('keeps at least one enabled administrator', async () => {
    const admin = await setUpInstallation(core);
    const [self] = await callAs(core, admin, 'users:list', {});
    const before = databaseSnapshot(core.db);
    expect(
      await dispatch(admin, 'users:update', {
        userId: self?.id,
        displayName: '管理员',
        unitId: null,
        roles: ['drafter'],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'last_administrator' },
    });
    expect(
      await dispatch(admin, 'users:setDisabled', { userId: self?.id, disabled: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'cannot_disable_self' },
    });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('refuses a taken username and a retired unit, and retires units instead of deleting them', async () => {
    const admin = await setUpInstallation(core);
    const taken = await dispatch(admin, 'users:create', {
      username: 'ADMIN',
      displayName: '重复',
      unitId: null,
      roles: ['drafter'],
      password: testPassword,
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'username_taken' } });

    const unit = await callAs(core, admin, 'units:create', {
      name: '县统计局',
      kind: 'department',
    });
    await callAs(core, admin, 'units:retire', { unitId: unit.id });
    const assign = await dispatch(admin, 'users:create', {
      username: 'stat1',
      displayName: '统计',
      unitId: unit.id,
      roles: ['drafter'],
      password: testPassword,
    });
    expect(assign).toMatchObject({ ok: false, error: { code: 'unit_retired' } });
    expect((await callAs(core, admin, 'units:list', {})).map((u) => u.name)).not.toContain(
      '县统计局',
    );
    expect(
      (await callAs(core, admin, 'units:list', { includeRetired: true })).map((u) => u.name),
    ).toContain('县统计局');
  });

  it('refuses a duplicate unit name and renames a unit', async () => {
    const admin = await setUpInstallation(core);
    const duplicate = await dispatch(admin, 'units:create', {
      name: '县教育体育局',
      kind: 'department',
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'duplicate_unit' } });
    const units = await callAs(core, admin, 'units:list', {});
    const renamed = await callAs(core, admin, 'units:rename', {
      unitId: units[1]?.id ?? '',
      name: '县教育局',
    });
    expect(renamed.name).toBe('县教育局');
  });
});
