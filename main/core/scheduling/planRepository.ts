import type { DatabaseSync } from 'node:sqlite';
import type { PlanItem } from '../../../shared/domain/schedulingPlans.ts';
import type { EventForm } from '../../../shared/domain/requests.ts';

interface Row {
  id: string;
  unit_id: string;
  year: number;
  quarter: number;
  form: string;
  topic: string;
  note: string;
  request_id: string | null;
}

const toItem = (row: Row): PlanItem => ({
  id: row.id,
  unitId: row.unit_id,
  year: row.year,
  quarter: row.quarter,
  form: row.form as EventForm,
  topic: row.topic,
  note: row.note,
  requestId: row.request_id,
});

export function listPlanItems(
  db: DatabaseSync,
  year: number,
  unitIds: readonly string[] | null,
): PlanItem[] {
  const rows = db
    .prepare(
      `SELECT id, unit_id, year, quarter, form, topic, note, request_id FROM annual_plan_items
       WHERE year = ?1 AND (?2 IS NULL OR unit_id IN (SELECT value FROM json_each(?2)))
       ORDER BY unit_id, quarter, position`,
    )
    .all(year, unitIds ? JSON.stringify(unitIds) : null) as unknown as Row[];
  return rows.map(toItem);
}

/** Replaces a unit's plan for a year with `items`, in their order (created times are kept). */
export function replacePlan(
  db: DatabaseSync,
  unitId: string,
  year: number,
  items: readonly PlanItem[],
  at: string,
): void {
  const keep = JSON.stringify(items.map((item) => item.id));
  db.prepare(
    `DELETE FROM annual_plan_items WHERE unit_id = ? AND year = ?
       AND id NOT IN (SELECT value FROM json_each(?))`,
  ).run(unitId, year, keep);
  const upsert = db.prepare(
    `INSERT INTO annual_plan_items (id, unit_id, year, quarter, form, topic, note, request_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET quarter = excluded.quarter, form = excluded.form,
       topic = excluded.topic, note = excluded.note, request_id = excluded.request_id,
       position = excluded.position, updated_at = excluded.updated_at`,
  );
  items.forEach((item, position) =>
    upsert.run(
      item.id,
      unitId,
      year,
      item.quarter,
      item.form,
      item.topic,
      item.note,
      item.requestId,
      position,
      at,
      at,
    ),
  );
}

/** Which of `ids` are plan items of another unit or year (refused when saving a plan). */
export function foreignPlanItems(
  db: DatabaseSync,
  unitId: string,
  year: number,
  ids: readonly string[],
): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM annual_plan_items WHERE id IN (SELECT value FROM json_each(?))
           AND (unit_id <> ? OR year <> ?)`,
      )
      .all(JSON.stringify(ids), unitId, year) as { id: string }[]
  ).map((row) => row.id);
}
