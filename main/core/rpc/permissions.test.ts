import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../../shared/contract/channels.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { roles, type Role } from '../../../shared/domain/roles.ts';
import { createCore, type Core } from '../createCore.ts';
import { newClient, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { exampleOf, inputJsonSchema } from '../testing/malformedInputs.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/**
 * Every channel x every role, straight to the router as /rpc would call it: a call without the
 * permission is refused by main and changes nothing. Channels added later are covered as well.
 */
const folder = tempFolder();
let core: Core;
const userIdByRole = new Map<Role, string>();

beforeAll(async () => {
  core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web' });
  const admin = await setUpInstallation(core);
  for (const role of roles) {
    const client = await signedInUser(core, admin, [role], `only${role}`.slice(0, 32));
    const actor = core.sessions.actorFor(`web:${client}`, new Date());
    if (!actor || actor === 'locked') throw new Error('sign-in failed');
    userIdByRole.set(role, actor.userId);
  }
});

afterAll(() => {
  core.close();
  folder.remove();
});

const example = (name: (typeof channelNames)[number]) =>
  exampleOf(inputJsonSchema(channels[name].input));

describe.each(channelNames)('channel %s', (name) => {
  const access = channels[name].access;

  it('is refused without a session unless public, and the refusal changes nothing', async () => {
    const before = databaseSnapshot(core.db);
    const result = await core.router.dispatch(name, example(name), `web:${newClient()}`);
    if (access === 'public') return;
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it.each(roles)('as %s: allowed exactly when the role grants the permission', async (role) => {
    // A fresh session per call: sign-out and lock channels end the session they are called on.
    const client = newClient();
    core.sessions.signIn(`web:${client}`, userIdByRole.get(role) ?? '', new Date());
    const before = databaseSnapshot(core.db);
    const result = await core.router.dispatch(name, example(name), `web:${client}`);
    const allowed = access === 'public' || access === 'signedIn' || hasPermission([role], access);
    if (allowed) {
      expect(result.ok ? 'ok' : result.error.code).not.toMatch(/^(forbidden|not_signed_in)$/);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(databaseSnapshot(core.db)).toBe(before);
    }
  });
});
