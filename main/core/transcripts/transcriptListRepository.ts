import type { DatabaseSync } from 'node:sqlite';

export interface EventRow {
  readonly requestId: string;
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  readonly requestState: string;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly closedAt: string | null;
  readonly revision: number | null;
  readonly reviewedRevision: number | null;
  readonly turnCount: number;
  readonly openFollowUps: number;
}

/**
 * Events that have a transcript or could have one (approved), newest first, limited to what the
 * viewer may see: every unit's, or their own unit's and those they drafted.
 */
export function listTranscriptEvents(
  db: DatabaseSync,
  visibility: {
    readonly allUnits: boolean;
    readonly unitId: string | null;
    readonly userId: string;
  },
  limit: number,
): EventRow[] {
  return db
    .prepare(
      `SELECT r.id AS requestId, r.title, u.name AS unitName, r.starts_at AS startsAt,
         r.state AS requestState, t.started_at AS startedAt, t.ended_at AS endedAt,
         t.closed_at AS closedAt, t.revision, t.reviewed_revision AS reviewedRevision,
         (SELECT count(*) FROM transcript_turns WHERE request_id = r.id) AS turnCount,
         (SELECT count(*) FROM transcript_questions WHERE request_id = r.id AND follow_up = 'open')
           AS openFollowUps
       FROM requests r
       JOIN units u ON u.id = r.unit_id
       LEFT JOIN transcripts t ON t.request_id = r.id
       WHERE (r.state = 'approved' OR t.request_id IS NOT NULL)
         AND (?1 = 1 OR r.unit_id = ?2 OR r.drafted_by = ?3)
       ORDER BY coalesce(r.starts_at, t.started_at) DESC
       LIMIT ?4`,
    )
    .all(
      visibility.allUnits ? 1 : 0,
      visibility.unitId,
      visibility.userId,
      limit,
    ) as unknown as EventRow[];
}

export interface TranscriptPageFilter {
  /** An FTS5 expression over the event's request text (title, venue, summary, people). */
  readonly match: string | null;
  readonly startsFrom: string | null;
  readonly startsBefore: string | null;
  readonly limit: number;
  readonly offset: number;
}

/** One page of the events above, filtered in SQL, and how many match in all. */
export function pageTranscriptEvents(
  db: DatabaseSync,
  visibility: {
    readonly allUnits: boolean;
    readonly unitId: string | null;
    readonly userId: string;
  },
  filter: TranscriptPageFilter,
): { rows: EventRow[]; total: number } {
  const conditions = [
    `(r.state = 'approved' OR t.request_id IS NOT NULL)`,
    '(? = 1 OR r.unit_id = ? OR r.drafted_by = ?)',
  ];
  const parameters: (string | number | null)[] = [
    visibility.allUnits ? 1 : 0,
    visibility.unitId,
    visibility.userId,
  ];
  if (filter.match) {
    conditions.push(
      `r.id IN (SELECT d.ref_id FROM search_index JOIN search_documents d ON d.id = search_index.rowid
                WHERE search_index MATCH ?)`,
    );
    parameters.push(filter.match);
  }
  if (filter.startsFrom) {
    conditions.push('unixepoch(r.starts_at) >= unixepoch(?)');
    parameters.push(filter.startsFrom);
  }
  if (filter.startsBefore) {
    conditions.push('unixepoch(r.starts_at) < unixepoch(?)');
    parameters.push(filter.startsBefore);
  }
  const from = `FROM requests r JOIN units u ON u.id = r.unit_id
    LEFT JOIN transcripts t ON t.request_id = r.id WHERE ${conditions.join(' AND ')}`;
  const { n: total } = db.prepare(`SELECT count(*) AS n ${from}`).get(...parameters) as {
    n: number;
  };
  const rows = db
    .prepare(
      `SELECT r.id AS requestId, r.title, u.name AS unitName, r.starts_at AS startsAt,
         r.state AS requestState, t.started_at AS startedAt, t.ended_at AS endedAt,
         t.closed_at AS closedAt, t.revision, t.reviewed_revision AS reviewedRevision,
         (SELECT count(*) FROM transcript_turns WHERE request_id = r.id) AS turnCount,
         (SELECT count(*) FROM transcript_questions WHERE request_id = r.id AND follow_up = 'open')
           AS openFollowUps
       ${from}
       ORDER BY coalesce(r.starts_at, t.started_at) DESC, r.id
       LIMIT ? OFFSET ?`,
    )
    .all(...parameters, filter.limit, filter.offset) as unknown as EventRow[];
  return { rows, total };
}
