import { randomUUID } from 'node:crypto';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../shared/contract/channels.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { Core } from '../createCore.ts';

export const testPassword = 'correct horse 1';

/** Calls a channel as the given web client and returns the value, failing loudly on an error. */
export async function callAs<K extends ChannelName>(
  core: Core,
  client: string,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await core.router.dispatch(channel, input, `web:${client}`);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<K>;
}

export const newClient = (): string => `client-${randomUUID()}`;

/** Runs first-run setup (office, three units, admin) and returns the admin's signed-in client. */
export async function setUpInstallation(core: Core): Promise<string> {
  const client = newClient();
  await callAs(core, client, 'setup:initialize', {
    officeName: '测试县人民政府新闻办公室',
    units: [
      { name: '县政府新闻办公室', kind: 'newsOffice' },
      { name: '县教育体育局', kind: 'department' },
      { name: '城关镇人民政府', kind: 'township' },
    ],
    adminUnitIndex: 0,
    admin: { username: 'admin', displayName: '系统管理员', password: testPassword },
  });
  return client;
}

/** Creates a user holding `roles` (through the admin) and returns that user's signed-in client. */
export async function signedInUser(
  core: Core,
  adminClient: string,
  roles: readonly Role[],
  username = `user${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const units = await callAs(core, adminClient, 'units:list', {});
  await callAs(core, adminClient, 'users:create', {
    username,
    displayName: `测试用户 ${username}`,
    unitId: units[1]?.id ?? null,
    roles: [...roles],
    password: testPassword,
  });
  const client = newClient();
  await callAs(core, client, 'session:signIn', { username, password: testPassword });
  return client;
}
