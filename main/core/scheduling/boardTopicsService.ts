import type { DatabaseSync } from 'node:sqlite';
import type { BoardTopics } from '../../../shared/domain/boardTopics.ts';
import type { ConcernLevel } from '../../../shared/domain/concerns.ts';
import {
  boardTopics,
  type ConcernFacts,
  type ReviewedEventFacts,
} from '../../../shared/rules/boardTopics.ts';
import { runsClock } from '../../../shared/rules/concernClock.ts';
import { periodInstants, yearPeriod } from '../../../shared/rules/schedulePeriods.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { listMarks } from '../evaluation/evaluationRepository.ts';
import { findingsOfEvent } from '../evaluation/evaluationSource.ts';
import { listWording } from '../materials/libraryRepository.ts';

interface ReviewedRow {
  id: string;
  unit_id: string;
  starts_at: string;
}

/**
 * Events of the year whose transcript is reviewed as it stands, with their findings recomputed
 * (findings are never stored) and the marks 已核实 that still match one.
 */
function reviewedEvents(db: DatabaseSync, year: number): ReviewedEventFacts[] {
  const range = periodInstants(yearPeriod(year));
  const rows = db
    .prepare(
      `SELECT r.id, r.unit_id, r.starts_at FROM transcripts t JOIN requests r ON r.id = t.request_id
       WHERE t.reviewed_at IS NOT NULL AND t.reviewed_revision = t.revision
         AND r.starts_at IS NOT NULL
         AND unixepoch(r.starts_at) >= unixepoch(?) AND unixepoch(r.starts_at) < unixepoch(?)
       ORDER BY unixepoch(r.starts_at), r.id`,
    )
    .all(range.from, range.before) as unknown as ReviewedRow[];
  if (rows.length === 0) return [];
  const wording = listWording(db);
  return rows.map((row) => {
    const raised = findingsOfEvent(db, row.id, wording).filter(
      (finding) => finding.kind !== 'answerNeverAsked',
    );
    const marks = listMarks(db, row.id);
    return {
      unitId: row.unit_id,
      startsAt: row.starts_at,
      findings: raised.length,
      verified: raised.filter((finding) => marks.get(finding.key)?.status === 'verified').length,
    };
  });
}

interface ConcernRow {
  id: string;
  first_seen_at: string;
  level: string;
  clock_marked: number;
  assigned_unit_id: string | null;
  closed_at: string | null;
  response_ms: number | null;
  unit_ids: string;
}

/** The year's 舆情 items: the responsible unit answers for an item, or while none is, each unit concerned. */
function concernsOf(db: DatabaseSync, year: number): ConcernFacts[] {
  const range = periodInstants(yearPeriod(year));
  const rows = db
    .prepare(
      `SELECT c.id, c.first_seen_at, c.level, c.clock_marked, c.assigned_unit_id, c.closed_at,
         c.response_ms,
         (SELECT json_group_array(unit_id) FROM concern_units WHERE concern_id = c.id) AS unit_ids
       FROM concerns c
       WHERE unixepoch(c.first_seen_at) >= unixepoch(?) AND unixepoch(c.first_seen_at) < unixepoch(?)`,
    )
    .all(range.from, range.before) as unknown as ConcernRow[];
  return rows.map((row) => ({
    unitIds: row.assigned_unit_id ? [row.assigned_unit_id] : (JSON.parse(row.unit_ids) as string[]),
    firstSeenAt: row.first_seen_at,
    closedAt: row.closed_at,
    responseMs: row.response_ms,
    runsClock: runsClock(row.level as ConcernLevel, row.clock_marked === 1),
  }));
}

/**
 * The board's 发布评估 and 舆情 counts for a year. Counts only, no item's content: the channel is
 * open to whoever sees the board (the news office and the competent authority).
 */
export function complianceTopics(db: DatabaseSync, year: number, now: Date): BoardTopics {
  return boardTopics({
    year,
    now,
    units: listUnits(db, true).map((unit) => ({ unitId: unit.id, unitName: unit.name })),
    events: reviewedEvents(db, year),
    concerns: concernsOf(db, year),
  });
}
