import type { DatabaseSync } from 'node:sqlite';
import type {
  ConcernAttachment,
  ConcernLevel,
  ConcernSource,
  ConcernStep,
  ConcernStepDetails,
  ConcernUnit,
} from '../../../shared/domain/concerns.ts';

export interface ConcernRecord {
  readonly id: string;
  readonly source: ConcernSource;
  readonly firstSeenAt: string;
  readonly summary: string;
  readonly links: readonly string[];
  readonly level: ConcernLevel;
  readonly clockMarked: boolean;
  readonly registeredBy: string;
  readonly registeredByName: string;
  readonly registeredAt: string;
  readonly assignedUnitId: string | null;
  readonly assignedDeadline: string | null;
  readonly requestId: string | null;
  readonly closedAt: string | null;
  readonly responseMs: number | null;
}

interface ConcernRow {
  id: string;
  source: string;
  first_seen_at: string;
  summary: string;
  links: string;
  level: string;
  clock_marked: number;
  registered_by: string;
  registered_by_name: string;
  registered_at: string;
  assigned_unit_id: string | null;
  assigned_deadline: string | null;
  request_id: string | null;
  closed_at: string | null;
  response_ms: number | null;
}

const recordOf = (row: ConcernRow): ConcernRecord => ({
  id: row.id,
  source: row.source as ConcernSource,
  firstSeenAt: row.first_seen_at,
  summary: row.summary,
  links: JSON.parse(row.links) as string[],
  level: row.level as ConcernLevel,
  clockMarked: row.clock_marked === 1,
  registeredBy: row.registered_by,
  registeredByName: row.registered_by_name,
  registeredAt: row.registered_at,
  assignedUnitId: row.assigned_unit_id,
  assignedDeadline: row.assigned_deadline,
  requestId: row.request_id,
  closedAt: row.closed_at,
  responseMs: row.response_ms,
});

export function insertConcern(
  db: DatabaseSync,
  concern: ConcernRecord,
  unitIds: readonly string[],
): void {
  db.prepare(
    `INSERT INTO concerns (id, source, first_seen_at, summary, links, level, clock_marked,
       registered_by, registered_by_name, registered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    concern.id,
    concern.source,
    concern.firstSeenAt,
    concern.summary,
    JSON.stringify(concern.links),
    concern.level,
    concern.clockMarked ? 1 : 0,
    concern.registeredBy,
    concern.registeredByName,
    concern.registeredAt,
  );
  for (const unitId of unitIds) addConcernUnit(db, concern.id, unitId);
}

export function addConcernUnit(db: DatabaseSync, concernId: string, unitId: string): void {
  db.prepare(
    'INSERT INTO concern_units (concern_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  ).run(concernId, unitId);
}

export function updateConcern(db: DatabaseSync, concern: ConcernRecord): void {
  db.prepare(
    `UPDATE concerns SET clock_marked = ?, assigned_unit_id = ?, assigned_deadline = ?,
       request_id = ?, closed_at = ?, response_ms = ? WHERE id = ?`,
  ).run(
    concern.clockMarked ? 1 : 0,
    concern.assignedUnitId,
    concern.assignedDeadline,
    concern.requestId,
    concern.closedAt,
    concern.responseMs,
    concern.id,
  );
}

export function findConcern(db: DatabaseSync, id: string): ConcernRecord | null {
  const row = db.prepare('SELECT * FROM concerns WHERE id = ?').get(id) as ConcernRow | undefined;
  return row ? recordOf(row) : null;
}

/** Items whose emergency request is this one and that are still open. */
export function openConcernsOfRequest(db: DatabaseSync, requestId: string): ConcernRecord[] {
  return (
    db
      .prepare('SELECT * FROM concerns WHERE request_id = ? AND closed_at IS NULL')
      .all(requestId) as unknown as ConcernRow[]
  ).map(recordOf);
}

/**
 * Items visible to a unit (null: every item), open ones first, newest sighting first. `openOnly`
 * for the 待办 and the home page.
 */
export function listConcerns(
  db: DatabaseSync,
  unitId: string | null,
  options: { readonly openOnly?: boolean; readonly limit: number },
): ConcernRecord[] {
  const where: string[] = [];
  const params: string[] = [];
  if (unitId !== null) {
    where.push('id IN (SELECT concern_id FROM concern_units WHERE unit_id = ?)');
    params.push(unitId);
  }
  if (options.openOnly) where.push('closed_at IS NULL');
  const sql = `SELECT * FROM concerns ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY closed_at IS NOT NULL, first_seen_at DESC, id LIMIT ${options.limit}`;
  return (db.prepare(sql).all(...params) as unknown as ConcernRow[]).map(recordOf);
}

export function concernUnits(db: DatabaseSync, concernId: string): ConcernUnit[] {
  return db
    .prepare(
      `SELECT u.id AS id, u.name AS name FROM concern_units c JOIN units u ON u.id = c.unit_id
       WHERE c.concern_id = ? ORDER BY u.name`,
    )
    .all(concernId) as unknown as ConcernUnit[];
}

export function addConcernAttachment(
  db: DatabaseSync,
  link: {
    readonly concernId: string;
    readonly sha256: string;
    readonly fileName: string;
    readonly addedBy: string;
    readonly addedAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO concern_attachments (concern_id, sha256, file_name, added_by, added_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(link.concernId, link.sha256, link.fileName, link.addedBy, link.addedAt);
}

export function concernAttachments(
  db: DatabaseSync,
  concernId: string,
): (ConcernAttachment & { readonly mediaType: string })[] {
  return db
    .prepare(
      `SELECT c.sha256 AS sha256, c.file_name AS fileName, c.added_at AS addedAt,
         a.media_type AS mediaType
       FROM concern_attachments c JOIN attachments a ON a.sha256 = c.sha256
       WHERE c.concern_id = ? ORDER BY c.added_at, c.file_name`,
    )
    .all(concernId) as unknown as (ConcernAttachment & { mediaType: string })[];
}

export function addConcernStep(
  db: DatabaseSync,
  concernId: string,
  actor: { readonly userId: string; readonly displayName: string },
  at: string,
  details: ConcernStepDetails,
): void {
  db.prepare(
    `INSERT INTO concern_steps (concern_id, kind, actor_id, actor_name, at, details)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(concernId, details.kind, actor.userId, actor.displayName, at, JSON.stringify(details));
}

export function concernSteps(db: DatabaseSync, concernId: string): ConcernStep[] {
  return (
    db
      .prepare(
        'SELECT id, actor_name, at, details FROM concern_steps WHERE concern_id = ? ORDER BY id',
      )
      .all(concernId) as { id: number; actor_name: string; at: string; details: string }[]
  ).map((row) => ({
    id: row.id,
    actorName: row.actor_name,
    at: row.at,
    details: JSON.parse(row.details) as ConcernStepDetails,
  }));
}

/** The first account made here (the first administrator): a stand-in where a row needs a local user. */
export function earliestUserId(db: DatabaseSync): string | null {
  const row = db.prepare('SELECT id FROM users ORDER BY created_at, rowid LIMIT 1').get() as
    { id: string } | undefined;
  return row?.id ?? null;
}
