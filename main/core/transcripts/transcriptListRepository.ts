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
