import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result.ts';
import { createCore, type Core } from '../createCore.ts';
import { dataFolder } from '../dataFolder.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { migrations } from '../db/migrations/index.ts';
import { newClient, setUpInstallation, signedInUser, testPassword } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { verifyPassword } from './passwords.ts';
import { clientRule, usernameRule } from './signInThrottle.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let clock: Date;
/** Passwords actually checked (scrypt run), counted through the core's injected check. */
let checks: number;

const openCore = () =>
  createCore({
    dataDir: folder.path,
    mode: 'web',
    now: () => clock,
    verifyPassword: (password, stored) => {
      checks += 1;
      return verifyPassword(password, stored);
    },
  });

beforeEach(() => {
  folder = tempFolder();
  clock = new Date('2026-11-27T09:00:00+08:00');
  checks = 0;
  core = openCore();
});
afterEach(() => {
  core.close();
  folder.remove();
});

const signIn = (username: string, password = 'wrong-password', client = newClient()) =>
  core.router.dispatch('session:signIn', { username, password }, `web:${client}`);
const advanceSeconds = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const answers = (results: readonly Result<unknown>[]) =>
  results.map((result) =>
    result.ok ? 'signed in' : `${result.error.code} ${result.error.message}`,
  );

/** Sends 200 wrong passwords for `username`, together or one after another; counts the checks. */
async function twoHundredWrong(username: string, together: boolean) {
  const before = checks;
  const results: Result<unknown>[] = [];
  if (together) {
    results.push(...(await Promise.all(Array.from({ length: 200 }, () => signIn(username)))));
  } else {
    for (let i = 0; i < 200; i++) results.push(await signIn(username));
  }
  return { answers: answers(results), checked: checks - before };
}

describe('the sign-in throttle', () => {
  it('checks no more passwords for 200 attempts sent together than sent one by one, known user or not', async () => {
    const admin = await setUpInstallation(core);
    await signedInUser(core, admin, ['drafter'], 'drafter1');
    checks = 0;

    const knownOneByOne = await twoHundredWrong('admin', false);
    const knownTogether = await twoHundredWrong('drafter1', true);
    const unknownOneByOne = await twoHundredWrong('ghost1', false);
    const unknownTogether = await twoHundredWrong('GHOST2', true);

    expect(knownOneByOne.checked).toBe(usernameRule.freeAttempts);
    expect(knownTogether.checked).toBeLessThanOrEqual(knownOneByOne.checked);
    expect(unknownOneByOne.checked).toBe(knownOneByOne.checked);
    expect(unknownTogether.checked).toBe(knownTogether.checked);
    // The same answers, in the same order, whether the user exists or not.
    expect(knownOneByOne.answers.slice(0, 6)).toEqual([
      ...Array<string>(5).fill('wrong_credentials 用户名或密码不正确。'),
      'sign_in_throttled 登录尝试过于频繁，请稍后再试（30 秒后）。',
    ]);
    expect(knownTogether.answers).toEqual(knownOneByOne.answers);
    expect(unknownOneByOne.answers).toEqual(knownOneByOne.answers);
    expect(unknownTogether.answers).toEqual(knownOneByOne.answers);
  });

  it('slows one client trying many usernames', async () => {
    await setUpInstallation(core);
    checks = 0;
    const client = newClient();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) => signIn(`someone${index}`, 'wrong', client)),
    );
    expect(checks).toBe(clientRule.freeAttempts);
    expect(
      answers(results).filter((answer) => answer.startsWith('sign_in_throttled')),
    ).toHaveLength(200 - clientRule.freeAttempts);
  });

  it('delays instead of locking: a try that waited its turn is checked, and the right password signs in', async () => {
    await setUpInstallation(core);
    for (let i = 0; i < 5; i++) await signIn('admin');
    checks = 0;

    // Too early: refused without the password being checked, and counted for nothing.
    advanceSeconds(29);
    expect(answers([await signIn('admin', testPassword)])).toEqual([
      'sign_in_throttled 登录尝试过于频繁，请稍后再试（1 秒后）。',
    ]);
    expect(checks).toBe(0);

    // Each further wrong try doubles the wait before the next.
    advanceSeconds(1);
    expect((await signIn('admin')).ok).toBe(false);
    advanceSeconds(30);
    expect(answers([await signIn('admin', testPassword)])).toEqual([
      'sign_in_throttled 登录尝试过于频繁，请稍后再试（30 秒后）。',
    ]);
    advanceSeconds(30);
    expect((await signIn('admin', testPassword)).ok).toBe(true);
    expect(checks).toBe(2);

    // A success starts afresh: five free tries again.
    for (let i = 0; i < 5; i++) await signIn('admin');
    expect(checks).toBe(7);
  });

  it('keeps counting across a restart, and forgets a username not tried for a day', async () => {
    await setUpInstallation(core);
    for (let i = 0; i < 5; i++) await signIn('admin');
    for (let i = 0; i < 5; i++) await signIn('ghost');
    core.close();
    core = openCore();
    expect(await signIn('admin', testPassword)).toMatchObject({
      ok: false,
      error: { code: 'sign_in_throttled' },
    });

    advanceSeconds(25 * 60 * 60);
    await signIn('someone-else');
    const remembered = core.db.prepare('SELECT username_key FROM sign_in_attempts').all();
    expect(remembered).toEqual([{ username_key: 'someone-else' }]);
    expect((await signIn('admin', testPassword)).ok).toBe(true);
  });

  it('carries the failure counts of an older database over', async () => {
    core.close();
    folder.remove();
    folder = tempFolder();
    const older = openDatabase(dataFolder(folder.path).database, {
      backupDir: dataFolder(folder.path).backups,
      migrations: migrations.slice(0, 9),
    });
    older
      .prepare(
        `INSERT INTO users (id, username, display_name, password_hash, failed_sign_ins, last_failed_at, created_at)
         VALUES ('u1', 'Wang.Li', '王丽', 'x', 7, ?, ?)`,
      )
      .run(clock.toISOString(), clock.toISOString());
    older.close();

    core = openCore();
    expect(answers([await signIn('wang.li')])).toEqual([
      'sign_in_throttled 登录尝试过于频繁，请稍后再试（120 秒后）。',
    ]);
    expect(checks).toBe(0);
  });
});
