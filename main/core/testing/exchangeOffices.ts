import { join } from 'node:path';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from './accounts.ts';

/** One installation of the exchange tests: its core, administrator and units by name. */
export interface Side {
  core: Core;
  admin: string;
  unitIds: Map<string, string>;
}

/** A fixed time, or a clock the test moves (shared by every installation of the test). */
export type SideClock = Date | (() => Date);

export async function install(folder: string, name: string, clock: SideClock): Promise<Side> {
  const now = typeof clock === 'function' ? clock : () => clock;
  const core = createCore({ dataDir: join(folder, name), mode: 'web', now });
  const admin = await setUpInstallation(core);
  const units = await callAs(core, admin, 'units:list', {});
  return { core, admin, unitIds: new Map(units.map((unit) => [unit.name, unit.id])) };
}

/** Registers `from` as a peer at `at`, for the named unit of `at` (null: the news office's peer). */
export async function register(from: Side, at: Side, unitName: string | null) {
  const { card } = await callAs(from.core, from.admin, 'exchange:identity', {});
  await callAs(at.core, at.admin, 'exchange:registerPeer', {
    card,
    unitId: unitName ? (at.unitIds.get(unitName) ?? null) : null,
  });
}

/** Imports a package file at `to`, as `client` would through the UI. */
export const carry = async (
  file: { fileName: string; contentBase64: string },
  to: Side,
  client: string,
) =>
  to.core.router.dispatch(
    'exchange:importPackage',
    { fileName: file.fileName, contentBase64: file.contentBase64 },
    `web:${client}`,
  );

/**
 * A department (县教育体育局) and the news office, each registered at the other, with the people
 * who draft, approve in the unit, review and approve; and a third installation neither knows.
 */
export async function exchangeOffices(folder: string, clock: SideClock) {
  const department = await install(folder, 'department', clock);
  const newsOffice = await install(folder, 'news-office', clock);
  const stranger = await install(folder, 'stranger', clock);
  await register(newsOffice, department, '县政府新闻办公室');
  await register(department, newsOffice, '县教育体育局');
  return {
    department,
    newsOffice,
    stranger,
    drafter: await signedInUser(department.core, department.admin, ['drafter']),
    unitHead: await signedInUser(department.core, department.admin, ['unitHead']),
    reviewer: await signedInUser(newsOffice.core, newsOffice.admin, ['newsOfficeReviewer']),
    approver: await signedInUser(newsOffice.core, newsOffice.admin, ['authorityApprover']),
  };
}
