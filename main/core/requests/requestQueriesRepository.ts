import type { DatabaseSync } from 'node:sqlite';
import type { ListSort, Paged } from '../../../shared/contract/listQuery.ts';
import type { DecidedSummary, RequestSummary } from '../../../shared/domain/requestViews.ts';
import type { EventForm, RequestState } from '../../../shared/domain/requests.ts';
import { holdsQuerySql } from '../search/searchCheck.ts';

interface SummaryRow {
  id: string;
  title: string;
  unit_id: string;
  unit_name: string;
  form: string;
  starts_at: string | null;
  venue: string;
  state: string;
  is_emergency: number;
  fast_tracked: number;
  ratified_at: string | null;
  drafted_by_name: string;
  submitted_at: string | null;
  updated_at: string;
}

const summaryColumns = `r.id, r.title, r.unit_id, u.name AS unit_name, r.form, r.starts_at, r.venue, r.state,
  r.is_emergency, r.fast_tracked, r.ratified_at, r.drafted_by_name, r.submitted_at, r.updated_at`;

const toSummary = (row: SummaryRow): RequestSummary => ({
  id: row.id,
  title: row.title,
  unitId: row.unit_id,
  unitName: row.unit_name,
  form: row.form as EventForm,
  startsAt: row.starts_at,
  venue: row.venue,
  state: row.state as RequestState,
  isEmergency: row.is_emergency === 1,
  fastTracked: row.fast_tracked === 1,
  ratified: row.ratified_at !== null,
  draftedByName: row.drafted_by_name,
  submittedAt: row.submitted_at,
  updatedAt: row.updated_at,
});

export interface RequestListQuery {
  /** Only these units; null means every unit. */
  readonly unitIds: readonly string[] | null;
  readonly states: readonly RequestState[] | null;
  readonly draftedBy?: string;
  /** Only events starting in [startsFrom, startsBefore); instants with any offset compare correctly. */
  readonly startsFrom?: string;
  readonly startsBefore?: string;
  readonly limit: number;
  readonly offset: number;
  readonly orderBy: 'updatedDesc' | 'submittedAsc' | 'startsAsc';
}

/** Requests filtered by unit, state and drafter. All filters are bound parameters (json_each). */
export function listRequestSummaries(db: DatabaseSync, query: RequestListQuery): RequestSummary[] {
  const order =
    query.orderBy === 'submittedAsc' ? 'r.submitted_at ASC, r.id' : 'r.updated_at DESC, r.id';
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM requests r JOIN units u ON u.id = r.unit_id
       WHERE (?1 IS NULL OR r.unit_id IN (SELECT value FROM json_each(?1)))
         AND (?2 IS NULL OR r.state IN (SELECT value FROM json_each(?2)))
         AND (?3 IS NULL OR r.drafted_by = ?3)
         AND (?6 IS NULL OR unixepoch(r.starts_at) >= unixepoch(?6))
         AND (?7 IS NULL OR unixepoch(r.starts_at) < unixepoch(?7))
       ORDER BY ${order} LIMIT ?4 OFFSET ?5`,
    )
    .all(
      query.unitIds ? JSON.stringify(query.unitIds) : null,
      query.states ? JSON.stringify(query.states) : null,
      query.draftedBy ?? null,
      query.limit,
      query.offset,
      query.startsFrom ?? null,
      query.startsBefore ?? null,
    ) as unknown as SummaryRow[];
  return rows.map(toSummary);
}

/** Fast-tracked emergencies the competent authority has not ratified yet, oldest first. */
export function listUnratifiedEmergencies(db: DatabaseSync, limit: number): RequestSummary[] {
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM requests r JOIN units u ON u.id = r.unit_id
       WHERE r.fast_tracked = 1 AND r.ratified_at IS NULL AND r.state = 'approved'
       ORDER BY r.approved_at LIMIT ?`,
    )
    .all(limit) as unknown as SummaryRow[];
  return rows.map(toSummary);
}

/** What this user decided lately, newest first. */
export function listDecidedBy(
  db: DatabaseSync,
  userId: string,
  since: string,
  limit: number,
): DecidedSummary[] {
  const rows = db
    .prepare(
      `SELECT ${summaryColumns}, d.kind AS decision, d.decided_at AS decided_at
       FROM request_decisions d JOIN requests r ON r.id = d.request_id JOIN units u ON u.id = r.unit_id
       WHERE d.decided_by = ? AND d.decided_at >= ?
       ORDER BY d.decided_at DESC LIMIT ?`,
    )
    .all(userId, since, limit) as unknown as (SummaryRow & {
    decision: string;
    decided_at: string;
  })[];
  return rows.map((row) => ({
    ...toSummary(row),
    decision: row.decision,
    decidedAt: row.decided_at,
  }));
}

/** How many requests are in `states` (all states when null), starting in [from, before) if given. */
export function countRequests(
  db: DatabaseSync,
  states: readonly RequestState[] | null,
  range?: { readonly from: string; readonly before: string },
): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM requests
       WHERE (?1 IS NULL OR state IN (SELECT value FROM json_each(?1)))
         AND (?2 IS NULL OR unixepoch(starts_at) >= unixepoch(?2))
         AND (?3 IS NULL OR unixepoch(starts_at) < unixepoch(?3))`,
    )
    .get(states ? JSON.stringify(states) : null, range?.from ?? null, range?.before ?? null) as {
    n: number;
  };
  return row.n;
}

/** Active units of the given kinds with no approved press conference starting in [from, before). */
export function unitsWithoutApprovedConference(
  db: DatabaseSync,
  kinds: readonly string[],
  range: { readonly from: string; readonly before: string },
): { unitId: string; unitName: string }[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.name AS unitName FROM units u
       WHERE u.retired_at IS NULL AND u.kind IN (SELECT value FROM json_each(?1))
         AND NOT EXISTS (
           SELECT 1 FROM requests r WHERE r.unit_id = u.id AND r.state = 'approved' AND r.form = 'pressConference'
             AND unixepoch(r.starts_at) >= unixepoch(?2) AND unixepoch(r.starts_at) < unixepoch(?3))
       ORDER BY u.created_at, u.name`,
    )
    .all(JSON.stringify(kinds), range.from, range.before) as unknown as {
    unitId: string;
    unitName: string;
  }[];
}

export interface RequestPageQuery {
  /** Only these units; null means every unit. */
  readonly unitIds: readonly string[] | null;
  readonly states: readonly RequestState[] | null;
  readonly form: EventForm | null;
  /** Words the request's indexed text (title, venue, summary, people) must hold, exactly. */
  readonly keyword: string | null;
  readonly startsFrom: string | null;
  readonly startsBefore: string | null;
  readonly sort: ListSort;
  readonly limit: number;
  readonly offset: number;
}

const pageOrder: Record<ListSort, string> = {
  updatedDesc: 'r.updated_at DESC, r.id',
  timeDesc: 'r.starts_at IS NULL, unixepoch(r.starts_at) DESC, r.id',
  timeAsc: 'r.starts_at IS NULL, unixepoch(r.starts_at) ASC, r.id',
};

/**
 * One page of the 报批 list and the size of the whole filtered list. Only the filters in use go
 * into the SQL (each a bound parameter), so SQLite can pick the unit index or the full-text index.
 */
export function pageRequestSummaries(
  db: DatabaseSync,
  query: RequestPageQuery,
): Paged<RequestSummary> {
  const conditions: string[] = [];
  const parameters: (string | number)[] = [];
  const where = (condition: string, parameter: string) => {
    conditions.push(condition);
    parameters.push(parameter);
  };
  if (query.unitIds)
    where('r.unit_id IN (SELECT value FROM json_each(?))', JSON.stringify(query.unitIds));
  if (query.states)
    where('r.state IN (SELECT value FROM json_each(?))', JSON.stringify(query.states));
  if (query.form) where('r.form = ?', query.form);
  if (query.keyword) where(holdsQuerySql('r.id', 'request'), query.keyword);
  if (query.startsFrom) where('unixepoch(r.starts_at) >= unixepoch(?)', query.startsFrom);
  if (query.startsBefore) where('unixepoch(r.starts_at) < unixepoch(?)', query.startsBefore);
  const filter = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { n: total } = db
    .prepare(`SELECT count(*) AS n FROM requests r ${filter}`)
    .get(...parameters) as { n: number };
  const rows = db
    .prepare(
      `SELECT ${summaryColumns} FROM requests r JOIN units u ON u.id = r.unit_id ${filter}
       ORDER BY ${pageOrder[query.sort]} LIMIT ? OFFSET ?`,
    )
    .all(...parameters, query.limit, query.offset) as unknown as SummaryRow[];
  return { items: rows.map(toSummary), total };
}
