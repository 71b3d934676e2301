import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../../shared/contract/channels.ts';
import { createCore, type Core } from '../../createCore.ts';
import { callAs, newClient } from '../../testing/accounts.ts';
import { tempFolder } from '../../testing/tempFolder.ts';
import { buildFixtureAtVersion } from './buildFixtureAtVersion.ts';
import { fixturePassword, type FixtureUser } from './fixtureCounty.ts';
import { tableRows, type TableRows } from './tableRows.ts';

/** After every event of the fixtures. */
export const migrationTestClock = new Date('2026-11-27T10:00:00+08:00');

/** An installation left at an older schema, then opened by this release (which migrates it). */
export interface MigratedInstallation {
  readonly core: Core;
  readonly dataDir: string;
  /** Every row as the installation held it at the older schema, read before it was opened. */
  readonly rowsBefore: TableRows;
  /** Signs the user in with their password (scrypt: slow, so once per installation at most). */
  signInWithPassword(user: FixtureUser): Promise<void>;
  /** Calls a channel as the fixture user, in a session opened for them if they have none yet. */
  call<K extends ChannelName>(
    user: FixtureUser,
    channel: K,
    input: ChannelInput<K>,
  ): Promise<ChannelOutput<K>>;
  close(): void;
}

export async function migratedInstallation(version: number): Promise<MigratedInstallation> {
  const folder = tempFolder('workbench-migrated-');
  try {
    await buildFixtureAtVersion(folder.path, version);
    const old = new DatabaseSync(join(folder.path, 'workbench.sqlite'), { readOnly: true });
    const rowsBefore = tableRows(old);
    old.close();
    const core = createCore({ dataDir: folder.path, mode: 'web', now: () => migrationTestClock });
    const clients = new Map<string, string>();
    const clientOf = (user: FixtureUser): string => {
      const known = clients.get(user.id);
      if (known) return known;
      const client = newClient();
      core.sessions.signIn(`web:${client}`, user.id, migrationTestClock);
      clients.set(user.id, client);
      return client;
    };
    return {
      core,
      dataDir: folder.path,
      rowsBefore,
      signInWithPassword: async (user) => {
        const client = newClient();
        await callAs(core, client, 'session:signIn', {
          username: user.username,
          password: fixturePassword,
        });
        clients.set(user.id, client);
      },
      call: (user, channel, input) => callAs(core, clientOf(user), channel, input),
      close: () => {
        core.close();
        folder.remove();
      },
    };
  } catch (error) {
    folder.remove();
    throw error;
  }
}
