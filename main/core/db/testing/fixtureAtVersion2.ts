import { fixtureOffice, fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { auditRow, insertRow, type FixtureContext } from './fixtureRows.ts';

/** The settings an administrator changed in the accounts release (one JSON value per key). */
export const version2Settings = { idleLockMinutes: 30 } as const;

/**
 * Schema 2 (accounts): first-run setup of the office and its units, the users an administrator
 * added, a unit retired, a user disabled, a setting changed; each audited.
 */
export function writeVersion2({ db, passwordHash }: FixtureContext): void {
  const { admin } = fixtureUsers;
  const setupAt = '2026-01-05T01:00:00.000Z';
  insertRow(db, 'installation', { key: 'officeName', value: fixtureOffice.name });
  insertRow(db, 'installation', { key: 'installationId', value: fixtureOffice.installationId });
  for (const unit of Object.values(fixtureUnits)) {
    insertRow(db, 'units', {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      created_at: setupAt,
      retired_at: null,
    });
  }
  for (const user of Object.values(fixtureUsers)) {
    insertRow(db, 'users', {
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      unit_id: user.unitId,
      password_hash: passwordHash,
      failed_sign_ins: user.failedSignIns,
      last_failed_at: user.lastFailedAt,
      disabled_at: user.disabledAt,
      created_at: user === admin ? setupAt : '2026-01-05T01:30:00.000Z',
    });
    for (const role of user.roles) insertRow(db, 'user_roles', { user_id: user.id, role });
  }

  auditRow(db, admin, setupAt, 'setup.initialize', ['installation', 'installation'], {
    officeName: fixtureOffice.name,
    units: Object.values(fixtureUnits).map((unit) => unit.name),
    admin: admin.username,
  });
  for (const user of Object.values(fixtureUsers).filter((candidate) => candidate !== admin)) {
    auditRow(db, admin, '2026-01-05T01:30:00.000Z', 'user.create', ['user', user.id], {
      username: user.username,
      displayName: user.displayName,
      unitId: user.unitId,
      roles: user.roles,
    });
  }
  const { archives } = fixtureUnits;
  db.prepare('UPDATE units SET retired_at = ? WHERE id = ?').run(archives.retiredAt, archives.id);
  auditRow(db, admin, archives.retiredAt ?? '', 'unit.retire', ['unit', archives.id], {
    name: archives.name,
  });
  for (const [key, value] of Object.entries(version2Settings)) {
    insertRow(db, 'settings', { key, value: JSON.stringify(value) });
  }
  auditRow(db, admin, '2026-01-21T02:00:00.000Z', 'settings.update', ['settings', 'settings'], {
    before: { idleLockMinutes: 15 },
    after: version2Settings,
  });
  const { townDrafter, departed } = fixtureUsers;
  for (const at of ['2026-01-26T00:39:00.000Z', townDrafter.lastFailedAt ?? '']) {
    auditRow(db, null, at, 'session.signInFailed', ['user', townDrafter.id], {
      username: townDrafter.username,
    });
  }
  auditRow(db, admin, departed.disabledAt ?? '', 'user.disable', ['user', departed.id]);
}
