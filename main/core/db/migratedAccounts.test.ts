import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaVersion } from './openDatabase.ts';
import { latestSchemaVersion } from './migrations/index.ts';
import { olderFixtureVersions } from './testing/buildFixtureAtVersion.ts';
import { version2Settings } from './testing/fixtureAtVersion2.ts';
import { fixtureOffice, fixtureUnits, fixtureUsers } from './testing/fixtureCounty.ts';
import { migratedInstallation, type MigratedInstallation } from './testing/migratedInstallation.ts';
import { columnsOf, rowsIn, tableRows, type TableRows } from './testing/tableRows.ts';

const { admin, drafter, townDrafter, departed } = fixtureUsers;

/** Every row of `before` is still there with the same values (in the columns both schemas have). */
function expectRowsKept(before: TableRows, after: TableRows): void {
  for (const [table, rows] of before) {
    const now = after.get(table);
    expect(now, `table ${table} is gone`).toBeDefined();
    const columns = columnsOf(rows).filter((column) => columnsOf(now ?? []).includes(column));
    expect(now?.length, `rows of ${table}`).toBe(rows.length);
    expect(rowsIn(now ?? [], columns), `values of ${table}`).toEqual(rowsIn(rows, columns));
  }
}

// One installation per older schema, filled by the users of each release up to it, then opened.
describe.each(olderFixtureVersions)('an installation left at schema %i', (version) => {
  let installation: MigratedInstallation;
  beforeAll(async () => {
    installation = await migratedInstallation(version);
  });
  afterAll(() => installation.close());

  it('opens at the latest schema with every row of every table as it was', () => {
    const { core, rowsBefore } = installation;
    expect(schemaVersion(core.db)).toBe(latestSchemaVersion);
    // Read before any call: the rows as the migrations alone left them.
    expectRowsKept(rowsBefore, tableRows(core.db));
    expect(rowsBefore.get('users')).toHaveLength(Object.keys(fixtureUsers).length);
  });

  it('took one backup first, at the old schema, holding the same rows', () => {
    const backupDir = join(installation.dataDir, 'backups');
    const backups = readdirSync(backupDir);
    expect(backups).toEqual([expect.stringContaining(`before-migration-v${version}-`)]);
    const backup = new DatabaseSync(join(backupDir, backups[0] ?? ''), { readOnly: true });
    expect(schemaVersion(backup)).toBe(version);
    expectRowsKept(installation.rowsBefore, tableRows(backup));
    backup.close();
  });

  it('lists the audit trail it carried, and the chain verifies with rows added since', async () => {
    const { call, rowsBefore } = installation;
    await installation.signInWithPassword(admin);
    const carried = rowsBefore.get('audit_log') ?? [];
    expect(carried.length).toBeGreaterThan(10);
    const listed = await call(admin, 'audit:list', { limit: 200 });
    const oldest = listed.filter((entry) => entry.seq <= carried.length).reverse();
    expect(
      oldest.map(({ seq, action, subjectId, hash }) => ({ seq, action, subjectId, hash })),
    ).toEqual(
      carried.map((row) => ({
        seq: row['seq'],
        action: row['action'],
        subjectId: row['subject_id'],
        hash: row['hash'],
      })),
    );
    // Signing in appended to the chain: the new rows link onto the carried ones.
    expect(listed.length).toBeGreaterThan(carried.length);
    expect(await call(admin, 'audit:verify', {})).toMatchObject({ intact: true });
  });

  it('signs its users in with their old passwords, refuses the disabled one, lists them all', async () => {
    const { call } = installation;
    const session = await call(drafter, 'session:current', {});
    expect(session).toMatchObject({
      user: { username: drafter.username, unitId: drafter.unitId },
      unitName: fixtureUnits.education.name,
      officeName: fixtureOffice.name,
      idleLockMinutes: version2Settings.idleLockMinutes,
    });
    // The user whose failed sign-ins the accounts release counted still signs in.
    await installation.signInWithPassword(townDrafter);
    expect(await call(townDrafter, 'session:current', {})).toMatchObject({
      user: { roles: townDrafter.roles },
    });
    const users = await call(admin, 'users:list', {});
    expect(users).toHaveLength(Object.keys(fixtureUsers).length);
    for (const user of Object.values(fixtureUsers)) {
      expect(users.find((listed) => listed.id === user.id)).toMatchObject({
        username: user.username,
        displayName: user.displayName,
        unitId: user.unitId,
        roles: [...user.roles].sort(),
        disabled: user === departed,
      });
    }
    await expect(installation.signInWithPassword(departed)).rejects.toThrow(/user_disabled/);
  });

  it('keeps its units, the retired one among them, and its settings', async () => {
    const { call } = installation;
    const units = await call(admin, 'units:list', { includeRetired: true });
    expect(units.map(({ id, name, kind, retiredAt }) => ({ id, name, kind, retiredAt }))).toEqual(
      expect.arrayContaining(Object.values(fixtureUnits)),
    );
    expect(units).toHaveLength(Object.keys(fixtureUnits).length);
    expect(await call(admin, 'units:list', {})).toHaveLength(Object.keys(fixtureUnits).length - 1);
    expect(await call(admin, 'settings:get', {})).toMatchObject(version2Settings);
  });
});
