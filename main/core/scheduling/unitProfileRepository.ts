import type { DatabaseSync } from 'node:sqlite';
import type { UnitKind } from '../../../shared/domain/units.ts';

/** A unit with what the rules need of it: its profile and when it existed (ISO instants). */
export interface ProfiledUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly designated: boolean;
  readonly principalHeadName: string;
  readonly principalHeadTitle: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

interface Row {
  id: string;
  name: string;
  kind: string;
  created_at: string;
  retired_at: string | null;
  designated: number | null;
  principal_head_name: string | null;
  principal_head_title: string | null;
}

/** Every unit, retired ones too (the rules judge the periods they existed in), in setup order. */
export function listProfiledUnits(db: DatabaseSync): ProfiledUnit[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.name, u.kind, u.created_at, u.retired_at,
         p.designated, p.principal_head_name, p.principal_head_title
       FROM units u LEFT JOIN unit_profiles p ON p.unit_id = u.id
       ORDER BY u.created_at, u.rowid`,
    )
    .all() as unknown as Row[];
  return rows.map((row) => ({
    unitId: row.id,
    unitName: row.name,
    unitKind: row.kind as UnitKind,
    designated: row.designated === 1,
    principalHeadName: row.principal_head_name ?? '',
    principalHeadTitle: row.principal_head_title ?? '',
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  }));
}

export function saveUnitProfile(
  db: DatabaseSync,
  profile: {
    readonly unitId: string;
    readonly designated: boolean;
    readonly principalHeadName: string;
    readonly principalHeadTitle: string;
  },
  at: string,
): void {
  db.prepare(
    `INSERT INTO unit_profiles (unit_id, designated, principal_head_name, principal_head_title, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (unit_id) DO UPDATE SET designated = excluded.designated,
       principal_head_name = excluded.principal_head_name,
       principal_head_title = excluded.principal_head_title, updated_at = excluded.updated_at`,
  ).run(
    profile.unitId,
    profile.designated ? 1 : 0,
    profile.principalHeadName,
    profile.principalHeadTitle,
    at,
  );
}
