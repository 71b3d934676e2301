import type { DatabaseSync } from 'node:sqlite';
import type { Unit, UnitKind } from '../../../shared/domain/units.ts';

interface UnitRow {
  id: string;
  name: string;
  kind: string;
  retired_at: string | null;
}

const toUnit = (row: UnitRow): Unit => ({
  id: row.id,
  name: row.name,
  kind: row.kind as UnitKind,
  retiredAt: row.retired_at,
});

export function listUnits(db: DatabaseSync, includeRetired: boolean): Unit[] {
  const sql = includeRetired
    ? 'SELECT * FROM units ORDER BY retired_at IS NOT NULL, created_at, name'
    : 'SELECT * FROM units WHERE retired_at IS NULL ORDER BY created_at, name';
  return (db.prepare(sql).all() as unknown as UnitRow[]).map(toUnit);
}

export function findUnit(db: DatabaseSync, id: string): Unit | null {
  const row = db.prepare('SELECT * FROM units WHERE id = ?').get(id) as UnitRow | undefined;
  return row ? toUnit(row) : null;
}

export function findActiveUnitByName(db: DatabaseSync, name: string): Unit | null {
  const row = db.prepare('SELECT * FROM units WHERE name = ? AND retired_at IS NULL').get(name) as
    UnitRow | undefined;
  return row ? toUnit(row) : null;
}

export function insertUnit(
  db: DatabaseSync,
  unit: { id: string; name: string; kind: UnitKind; createdAt: string },
): void {
  db.prepare('INSERT INTO units (id, name, kind, created_at) VALUES (?, ?, ?, ?)').run(
    unit.id,
    unit.name,
    unit.kind,
    unit.createdAt,
  );
}

export function renameUnit(db: DatabaseSync, id: string, name: string): void {
  db.prepare('UPDATE units SET name = ? WHERE id = ?').run(name, id);
}

export function retireUnit(db: DatabaseSync, id: string, at: string): void {
  db.prepare('UPDATE units SET retired_at = ? WHERE id = ?').run(at, id);
}
