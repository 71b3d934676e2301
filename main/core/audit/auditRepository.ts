import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import type { AuditActor, AuditEntry } from '../../../shared/contract/auditChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { keyForAppend } from './auditKeying.ts';
import { genesisHash, rowHashUnder, type AuditRow } from './auditRowHash.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

export { verifyAuditChain } from './auditVerification.ts';

export interface AuditEvent {
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Appends one row to the chain. Call it inside the transaction of the change it records, so the
 * change and its audit row are committed together or not at all.
 */
export function appendAudit(
  db: DatabaseSync,
  actor: Actor | null,
  at: Date,
  event: AuditEvent,
): void {
  const last = cachedStatement(
    db,
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  ).get() as { seq: number; hash: string } | undefined;
  const nextSeq = (last?.seq ?? 0) + 1;
  const { key, started } = keyForAppend(db, nextSeq, at);
  let previous = { seq: nextSeq - 1, hash: last?.hash ?? genesisHash };
  if (started) previous = insertRow(db, key, previous, null, at, started);
  insertRow(db, key, previous, actor, at, event);
}

function insertRow(
  db: DatabaseSync,
  key: Buffer | null,
  previous: { readonly seq: number; readonly hash: string },
  actor: Actor | null,
  at: Date,
  event: AuditEvent,
): { seq: number; hash: string } {
  const row = {
    seq: previous.seq + 1,
    at: at.toISOString(),
    actor_id: actor?.userId ?? null,
    actor_name: actor?.displayName ?? null,
    action: event.action,
    subject_kind: event.subjectKind,
    subject_id: event.subjectId,
    details: canonicalJson(event.details ?? {}),
    prev_hash: previous.hash,
  };
  const hash = rowHashUnder(key, row);
  cachedStatement(
    db,
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, subject_kind, subject_id, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.seq,
    row.at,
    row.actor_id,
    row.actor_name,
    row.action,
    row.subject_kind,
    row.subject_id,
    row.details,
    row.prev_hash,
    hash,
  );
  return { seq: row.seq, hash };
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
  hash: row.hash,
});

export function listAudit(
  db: DatabaseSync,
  beforeSeq: number | undefined,
  limit: number,
): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as unknown as AuditRow[];
  return rows.map(toEntry);
}

/** The history of one record, oldest first (timelines are built from this). */
/** The newest audit row's seq about any of `subjects` (0 when none): a stamp that moves on change. */
export function latestAuditSeqOf(
  db: DatabaseSync,
  subjects: readonly { readonly kind: string; readonly id: string }[],
): number {
  const statement = db.prepare(
    'SELECT max(seq) AS seq FROM audit_log WHERE subject_kind = ? AND subject_id = ?',
  );
  let latest = 0;
  for (const subject of subjects) {
    const row = statement.get(subject.kind, subject.id) as { seq: number | null } | undefined;
    latest = Math.max(latest, row?.seq ?? 0);
  }
  return latest;
}

export function auditOfSubject(
  db: DatabaseSync,
  subjectKind: string,
  subjectId: string,
): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE subject_kind = ? AND subject_id = ? ORDER BY seq')
    .all(subjectKind, subjectId) as unknown as AuditRow[];
  return rows.map(toEntry);
}

export interface AuditFilter {
  /** Found in the actor's name, the action or the details (titles, names), as typed. */
  readonly keyword: string | null;
  /** Rows at or after this instant, and before that one. */
  readonly from: string | null;
  readonly before: string | null;
  /** Rows of this user only. */
  readonly actorId: string | null;
  /** Rows of any of these action codes (null: every action). */
  readonly actions: readonly string[] | null;
}

export interface AuditPageQuery extends AuditFilter {
  readonly limit: number;
  readonly offset: number;
}

function whereOf(filter: AuditFilter): { where: string; parameters: string[] } {
  const conditions: string[] = [];
  const parameters: string[] = [];
  if (filter.keyword) {
    conditions.push(
      "instr(coalesce(actor_name, '') || char(10) || action || char(10) || subject_id || char(10) || details, ?) > 0",
    );
    parameters.push(filter.keyword);
  }
  if (filter.from) {
    conditions.push('unixepoch(at) >= unixepoch(?)');
    parameters.push(filter.from);
  }
  if (filter.before) {
    conditions.push('unixepoch(at) < unixepoch(?)');
    parameters.push(filter.before);
  }
  if (filter.actorId) {
    conditions.push('actor_id = ?');
    parameters.push(filter.actorId);
  }
  if (filter.actions) {
    conditions.push(`action IN (${filter.actions.map(() => '?').join(', ') || 'NULL'})`);
    parameters.push(...filter.actions);
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
}

/** The audit log for the 审计日志 screen: newest first, filtered and paged in SQL. */
export function pageAudit(
  db: DatabaseSync,
  query: AuditPageQuery,
): { items: AuditEntry[]; total: number } {
  const { where, parameters } = whereOf(query);
  const { n: total } = db
    .prepare(`SELECT count(*) AS n FROM audit_log ${where}`)
    .get(...parameters) as { n: number };
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...parameters, query.limit, query.offset) as unknown as AuditRow[];
  return { items: rows.map(toEntry), total };
}

/** Every row the filter matches, newest first (the CSV export: all of them, not one page). */
export function auditMatching(db: DatabaseSync, filter: AuditFilter): AuditEntry[] {
  const { where, parameters } = whereOf(filter);
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC`)
    .all(...parameters) as unknown as AuditRow[];
  return rows.map(toEntry);
}

/** Everyone who has acted, each under the name of their latest row, sorted by name. */
export function auditActors(db: DatabaseSync): AuditActor[] {
  const rows = db
    .prepare(
      `SELECT actor_id, actor_name FROM audit_log
       WHERE seq IN (SELECT max(seq) FROM audit_log WHERE actor_id IS NOT NULL GROUP BY actor_id)`,
    )
    .all() as { actor_id: string; actor_name: string | null }[];
  return rows
    .map((row) => ({ actorId: row.actor_id, actorName: row.actor_name ?? row.actor_id }))
    .sort((a, b) => a.actorName.localeCompare(b.actorName, 'zh-Hans-CN'));
}
