import type { DatabaseSync } from 'node:sqlite';

const scopeClause = '(?1 IS NULL OR r.unit_id IN (SELECT value FROM json_each(?1)))';
const scopeOf = (unitIds: readonly string[] | null) => (unitIds ? JSON.stringify(unitIds) : null);

/** Materials of live requests (not ended, event not yet past) in these units; null means all. */
export function materialsAwaitingClearance(
  db: DatabaseSync,
  unitIds: readonly string[] | null,
  now: string,
  limit: number,
): string[] {
  const rows = db
    .prepare(
      `SELECT m.id FROM materials m JOIN requests r ON r.id = m.request_id
       WHERE ${scopeClause}
         AND r.state NOT IN ('rejected', 'withdrawn', 'cancelled')
         AND (r.starts_at IS NULL OR unixepoch(r.starts_at) >= unixepoch(?2))
       ORDER BY r.starts_at IS NULL, unixepoch(r.starts_at), m.kind LIMIT ?3`,
    )
    .all(scopeOf(unitIds), now, limit) as { id: string }[];
  return rows.map((row) => row.id);
}

export interface EndedTranscriptRow {
  readonly requestId: string;
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  readonly endedAt: string;
}

/** Ended, unarchived transcripts whose current revision nobody has reviewed, in these units. */
export function transcriptsAwaitingReview(
  db: DatabaseSync,
  unitIds: readonly string[] | null,
  limit: number,
): EndedTranscriptRow[] {
  return db
    .prepare(
      `SELECT t.request_id AS requestId, r.title, u.name AS unitName, r.starts_at AS startsAt,
         t.ended_at AS endedAt
       FROM transcripts t JOIN requests r ON r.id = t.request_id JOIN units u ON u.id = r.unit_id
       WHERE ${scopeClause} AND t.ended_at IS NOT NULL AND t.closed_at IS NULL
         AND (t.reviewed_revision IS NULL OR t.reviewed_revision <> t.revision)
       ORDER BY t.ended_at LIMIT ?2`,
    )
    .all(scopeOf(unitIds), limit) as unknown as EndedTranscriptRow[];
}

/** Active 口径库 answers of a unit whose last valid day is on or before `lastDay`. */
export function answersEndingBy(
  db: DatabaseSync,
  unitId: string,
  lastDay: string,
  limit: number,
): { id: string; question: string; validUntil: string }[] {
  return db
    .prepare(
      `SELECT id, question, valid_until AS validUntil FROM library_answers
       WHERE owner_unit_id = ? AND status = 'active' AND valid_until IS NOT NULL
         AND valid_until <= ? ORDER BY valid_until, id LIMIT ?`,
    )
    .all(unitId, lastDay, limit) as { id: string; question: string; validUntil: string }[];
}

/** The database facts behind the administrator's first-run checklist. */
export interface SetupFacts {
  readonly nonAdminUser: boolean;
  readonly unitsChanged: boolean;
  readonly everyUnitStaffed: boolean;
  readonly activePeer: boolean;
  readonly holidayAhead: boolean;
}

const exists = (db: DatabaseSync, sql: string, ...params: string[]): boolean =>
  (db.prepare(`SELECT EXISTS (${sql}) AS found`).get(...params) as { found: number }).found === 1;

/** `from` and `before` bound the days (YYYY-MM-DD) in which an imported holiday counts. */
export function readSetupFacts(db: DatabaseSync, from: string, before: string): SetupFacts {
  return {
    nonAdminUser: exists(
      db,
      `SELECT 1 FROM users WHERE disabled_at IS NULL
       AND id NOT IN (SELECT user_id FROM user_roles WHERE role = 'administrator')`,
    ),
    unitsChanged: exists(
      db,
      `SELECT 1 FROM audit_log WHERE subject_kind = 'unit'
       AND action IN ('unit.create', 'unit.rename', 'unit.retire')`,
    ),
    everyUnitStaffed: !exists(
      db,
      `SELECT 1 FROM units un WHERE un.retired_at IS NULL AND NOT EXISTS
         (SELECT 1 FROM users us WHERE us.unit_id = un.id AND us.disabled_at IS NULL)`,
    ),
    activePeer: exists(db, 'SELECT 1 FROM exchange_peers WHERE revoked_at IS NULL'),
    holidayAhead: exists(
      db,
      `SELECT 1 FROM calendar_days WHERE kind = 'holiday' AND date >= ? AND date < ?`,
      from,
      before,
    ),
  };
}
