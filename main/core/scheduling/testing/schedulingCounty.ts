import { createCore, type Core } from '../../createCore.ts';
import { callAs, newClient, setUpInstallation, testPassword } from '../../testing/accounts.ts';
import type { Role } from '../../../../shared/domain/roles.ts';

export interface SchedulingCounty {
  readonly core: Core;
  readonly admin: string;
  /** Unit ids by name: 县政府新闻办公室, 县教育体育局, 城关镇人民政府. */
  readonly unit: (name: string) => string;
  /** A signed-in user of a unit holding `roles`. */
  readonly user: (unitName: string, roles: readonly Role[]) => Promise<string>;
}

let serial = 0;

/** An installation with the three test units, a clock, and users made on demand in any unit. */
export async function schedulingCounty(
  dataDir: string,
  now: () => Date,
): Promise<SchedulingCounty> {
  const core = createCore({ dataDir, mode: 'web', now });
  const admin = await setUpInstallation(core);
  // The units existed long before this installation's clock: the rules judge every quarter.
  core.db.prepare('UPDATE units SET created_at = ?').run('2020-01-01T00:00:00.000Z');
  const units = await callAs(core, admin, 'units:list', {});
  const unit = (name: string) => units.find((candidate) => candidate.name === name)?.id ?? '';
  const user = async (unitName: string, roles: readonly Role[]) => {
    serial += 1;
    const username = `sched${serial}${roles.join('').slice(0, 12)}`.slice(0, 32);
    await callAs(core, admin, 'users:create', {
      username,
      displayName: `用户${serial}`,
      unitId: unit(unitName),
      roles: [...roles],
      password: testPassword,
    });
    const client = newClient();
    await callAs(core, client, 'session:signIn', { username, password: testPassword });
    return client;
  };
  return { core, admin, unit, user };
}
