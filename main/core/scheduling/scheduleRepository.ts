import type { DatabaseSync } from 'node:sqlite';
import type {
  ConferenceKind,
  EventForm,
  Person,
  RequestContent,
  RequestState,
} from '../../../shared/domain/requests.ts';
import type { UnitKind } from '../../../shared/domain/units.ts';

/** A request with a time, as the calendar, the conflict check and the rules read it. */
export interface ScheduleRow {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly title: string;
  readonly form: EventForm;
  readonly state: RequestState;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly venue: string;
  readonly isEmergency: boolean;
  readonly conferenceKind: ConferenceKind | null;
  readonly host: Person;
  readonly mainSpeaker: Person;
  readonly spokesperson: Person;
  readonly participants: readonly Person[];
  readonly draftedBy: string;
}

interface Row {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  title: string;
  form: string;
  state: string;
  starts_at: string;
  ends_at: string | null;
  venue: string;
  is_emergency: number;
  content: string;
  drafted_by: string;
}

function toScheduleRow(row: Row): ScheduleRow {
  const content = JSON.parse(row.content) as RequestContent;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitKind: row.unit_kind as UnitKind,
    title: row.title,
    form: row.form as EventForm,
    state: row.state as RequestState,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: row.venue,
    isEmergency: row.is_emergency === 1,
    conferenceKind: content.conferenceKind,
    host: content.host,
    mainSpeaker: content.mainSpeaker,
    spokesperson: content.spokesperson,
    participants: content.participants,
    draftedBy: row.drafted_by,
  };
}

export interface ScheduleQuery {
  /** Events starting in [from, before); ISO instants with any offset. */
  readonly from: string;
  readonly before: string;
  readonly states: readonly RequestState[];
  /** Only these units, or every unit when null. */
  readonly unitIds?: readonly string[] | null;
  readonly requestIds?: readonly string[] | null;
  readonly limit: number;
}

/** Events by start time (the index on unixepoch(starts_at) serves the range). */
export function listScheduleRows(db: DatabaseSync, query: ScheduleQuery): ScheduleRow[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.unit_id, u.name AS unit_name, u.kind AS unit_kind, r.title, r.form, r.state,
         r.starts_at, r.ends_at, r.venue, r.is_emergency, r.content, r.drafted_by
       FROM requests r JOIN units u ON u.id = r.unit_id
       WHERE unixepoch(r.starts_at) >= unixepoch(?1) AND unixepoch(r.starts_at) < unixepoch(?2)
         AND r.state IN (SELECT value FROM json_each(?3))
         AND (?4 IS NULL OR r.unit_id IN (SELECT value FROM json_each(?4)))
         AND (?5 IS NULL OR r.id IN (SELECT value FROM json_each(?5)))
       ORDER BY unixepoch(r.starts_at), r.id
       LIMIT ?6`,
    )
    .all(
      query.from,
      query.before,
      JSON.stringify(query.states),
      query.unitIds ? JSON.stringify(query.unitIds) : null,
      query.requestIds ? JSON.stringify(query.requestIds) : null,
      query.limit,
    ) as unknown as Row[];
  return rows.map(toScheduleRow);
}
