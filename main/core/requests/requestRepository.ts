import type { DatabaseSync } from 'node:sqlite';
import { indexDocument, removeDocument } from '../search/searchRepository.ts';
import type {
  Decision,
  DecisionKind,
  DecisionLevel,
  EventForm,
  RequestAttachment,
  RequestContent,
  RequestFields,
  RequestState,
} from '../../../shared/domain/requests.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

/** A request as stored, with its form fields parsed. */
export interface RequestRecord {
  readonly id: string;
  readonly origin: string;
  readonly fields: RequestFields;
  readonly state: RequestState;
  readonly draftedBy: string;
  readonly draftedByName: string;
  readonly submittedBy: string | null;
  readonly submittedAt: string | null;
  readonly approvedHash: string | null;
  readonly approvedAt: string | null;
  readonly fastTracked: boolean;
  readonly ratifiedAt: string | null;
  readonly voidedReason: string | null;
  readonly round: number;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface RequestRow {
  id: string;
  origin: string;
  unit_id: string;
  title: string;
  form: string;
  starts_at: string | null;
  ends_at: string | null;
  venue: string;
  content: string;
  is_emergency: number;
  state: string;
  drafted_by: string;
  drafted_by_name: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_hash: string | null;
  approved_at: string | null;
  fast_tracked: number;
  ratified_at: string | null;
  voided_reason: string | null;
  round: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const toRequestRecord = (row: RequestRow): RequestRecord => ({
  id: row.id,
  origin: row.origin,
  fields: {
    unitId: row.unit_id,
    title: row.title,
    form: row.form as EventForm,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: row.venue,
    isEmergency: row.is_emergency === 1,
    content: JSON.parse(row.content) as RequestContent,
  },
  state: row.state as RequestState,
  draftedBy: row.drafted_by,
  draftedByName: row.drafted_by_name,
  submittedBy: row.submitted_by,
  submittedAt: row.submitted_at,
  approvedHash: row.approved_hash,
  approvedAt: row.approved_at,
  fastTracked: row.fast_tracked === 1,
  ratifiedAt: row.ratified_at,
  voidedReason: row.voided_reason,
  round: row.round,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function findRequest(db: DatabaseSync, id: string): RequestRecord | null {
  const row = cachedStatement(db, 'SELECT * FROM requests WHERE id = ?').get(id) as
    RequestRow | undefined;
  return row ? toRequestRecord(row) : null;
}

/** Inserts or replaces a whole request (new drafts, and copies received from another installation). */
export function saveRequest(db: DatabaseSync, request: RequestRecord): void {
  const { fields } = request;
  db.prepare(
    `INSERT INTO requests (id, origin, unit_id, title, form, starts_at, ends_at, venue, content, is_emergency, state,
       drafted_by, drafted_by_name, submitted_by, submitted_at, approved_hash, approved_at, fast_tracked, ratified_at,
       voided_reason, round, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET
       unit_id = excluded.unit_id, title = excluded.title, form = excluded.form, starts_at = excluded.starts_at,
       ends_at = excluded.ends_at, venue = excluded.venue, content = excluded.content,
       is_emergency = excluded.is_emergency, state = excluded.state, submitted_by = excluded.submitted_by,
       submitted_at = excluded.submitted_at, approved_hash = excluded.approved_hash,
       approved_at = excluded.approved_at, fast_tracked = excluded.fast_tracked, ratified_at = excluded.ratified_at,
       voided_reason = excluded.voided_reason, round = excluded.round, revision = excluded.revision,
       updated_at = excluded.updated_at`,
  ).run(
    request.id,
    request.origin,
    fields.unitId,
    fields.title,
    fields.form,
    fields.startsAt,
    fields.endsAt,
    fields.venue,
    JSON.stringify(fields.content),
    fields.isEmergency ? 1 : 0,
    request.state,
    request.draftedBy,
    request.draftedByName,
    request.submittedBy,
    request.submittedAt,
    request.approvedHash,
    request.approvedAt,
    request.fastTracked ? 1 : 0,
    request.ratifiedAt,
    request.voidedReason,
    request.round,
    request.revision,
    request.createdAt,
    request.updatedAt,
  );
  const { content } = fields;
  indexDocument(db, {
    kind: 'request',
    refId: request.id,
    title: fields.title,
    body: [
      fields.venue,
      content.summary,
      content.mainSpeaker.name,
      content.spokesperson.name,
      content.host.name,
    ].join('\n'),
    updatedAt: request.updatedAt,
  });
}

interface DecisionRow {
  id: string;
  round: number;
  level: string;
  kind: string;
  decided_by: string;
  decided_by_name: string;
  decided_at: string;
  comment: string;
  content_hash: string;
  voided_at: string | null;
}

const toDecision = (row: DecisionRow): Decision => ({
  id: row.id,
  round: row.round,
  level: row.level as DecisionLevel,
  kind: row.kind as DecisionKind,
  decidedBy: row.decided_by,
  decidedByName: row.decided_by_name,
  decidedAt: row.decided_at,
  comment: row.comment,
  contentHash: row.content_hash,
  voidedAt: row.voided_at,
});

export function listDecisions(db: DatabaseSync, requestId: string): Decision[] {
  const rows = db
    .prepare('SELECT * FROM request_decisions WHERE request_id = ? ORDER BY decided_at, rowid')
    .all(requestId) as unknown as DecisionRow[];
  return rows.map(toDecision);
}

/** Inserts a decision; a decision already held (same id, e.g. received twice) is left as it is. */
export function insertDecision(db: DatabaseSync, requestId: string, decision: Decision): void {
  db.prepare(
    `INSERT INTO request_decisions (id, request_id, round, level, kind, decided_by, decided_by_name, decided_at, comment, content_hash, voided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(
    decision.id,
    requestId,
    decision.round,
    decision.level,
    decision.kind,
    decision.decidedBy,
    decision.decidedByName,
    decision.decidedAt,
    decision.comment,
    decision.contentHash,
    decision.voidedAt,
  );
}

export function voidRoundDecisions(
  db: DatabaseSync,
  requestId: string,
  round: number,
  at: string,
): void {
  db.prepare(
    'UPDATE request_decisions SET voided_at = ? WHERE request_id = ? AND round = ? AND voided_at IS NULL',
  ).run(at, requestId, round);
}

export function listAttachments(db: DatabaseSync, requestId: string): RequestAttachment[] {
  return db
    .prepare(
      `SELECT ra.sha256, ra.file_name AS fileName, a.size, a.media_type AS mediaType, ra.added_at AS addedAt
       FROM request_attachments ra JOIN attachments a ON a.sha256 = ra.sha256
       WHERE ra.request_id = ? ORDER BY ra.added_at, ra.file_name`,
    )
    .all(requestId) as unknown as RequestAttachment[];
}

export function addAttachmentLink(
  db: DatabaseSync,
  link: { requestId: string; sha256: string; fileName: string; addedBy: string; addedAt: string },
): void {
  db.prepare(
    `INSERT INTO request_attachments (request_id, sha256, file_name, added_by, added_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  ).run(link.requestId, link.sha256, link.fileName, link.addedBy, link.addedAt);
}

export function removeAttachmentLink(
  db: DatabaseSync,
  requestId: string,
  sha256: string,
  fileName: string,
): number {
  return Number(
    db
      .prepare(
        'DELETE FROM request_attachments WHERE request_id = ? AND sha256 = ? AND file_name = ?',
      )
      .run(requestId, sha256, fileName).changes,
  );
}

/** Removes a request and its attachment links; rows elsewhere that reference it make this throw. */
export function deleteRequestRecord(db: DatabaseSync, requestId: string): void {
  db.prepare('DELETE FROM request_attachments WHERE request_id = ?').run(requestId);
  db.prepare('DELETE FROM requests WHERE id = ?').run(requestId);
  removeDocument(db, 'request', requestId);
}
