import type { DatabaseSync } from 'node:sqlite';
import type {
  Decision,
  DecisionKind,
  DecisionLevel,
  Person,
  RequestFields,
  RequestState,
} from '../../../../shared/domain/requests.ts';
import { fixtureOffice, type FixtureUser } from './fixtureCounty.ts';
import { auditRow, fixtureId, indexRow, insertRow } from './fixtureRows.ts';

/** A request as the fixtures write it: the columns of `requests` since schema 3. */
export interface FixtureRequest {
  readonly id: string;
  readonly origin?: string;
  readonly fields: RequestFields;
  readonly state: RequestState;
  readonly draftedBy: Pick<FixtureUser, 'id' | 'displayName'>;
  readonly submittedBy?: string | null;
  readonly submittedAt?: string | null;
  readonly approvedHash?: string | null;
  readonly approvedAt?: string | null;
  readonly round: number;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A press conference's form, filled in as a drafter would; `overrides` change what differs. */
export function conferenceFields(
  unitId: string,
  overrides: Partial<RequestFields> & {
    readonly summary?: string;
    readonly mainSpeaker?: Person;
    readonly spokesperson?: Person;
  },
): RequestFields {
  const {
    summary = '通报有关工作进展，回应社会关切。',
    mainSpeaker = { name: '王局长', title: '县教育体育局局长' },
    spokesperson = { name: '钱发言', title: '县教育体育局新闻发言人' },
    ...fields
  } = overrides;
  return {
    unitId,
    title: '新闻发布会',
    form: 'pressConference',
    startsAt: null,
    endsAt: null,
    venue: '县政府新闻发布厅',
    isEmergency: false,
    content: {
      conferenceKind: 'routine',
      host: { name: '刘审核', title: '县政府新闻办公室副主任' },
      mainSpeaker,
      spokesperson,
      participants: [{ name: '孙科长', title: '业务科室负责人' }],
      summary,
      invitedMedia: [
        { name: '县融媒体中心', kind: 'newMedia' },
        { name: '市日报社', kind: 'newspaper' },
      ],
      contact: { name: '周联系', phone: '0791-86001234' },
      otherAgencies: [],
      spokespersonOpinion: '拟同意召开，口径已准备。',
      leaderOpinion: '',
    },
    ...fields,
  };
}

/** Writes the request row and its search document, as saving a request did. */
export function insertRequest(db: DatabaseSync, request: FixtureRequest): void {
  const { fields } = request;
  insertRow(db, 'requests', {
    id: request.id,
    origin: request.origin ?? fixtureOffice.installationId,
    unit_id: fields.unitId,
    title: fields.title,
    form: fields.form,
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    venue: fields.venue,
    content: JSON.stringify(fields.content),
    is_emergency: fields.isEmergency ? 1 : 0,
    state: request.state,
    drafted_by: request.draftedBy.id,
    drafted_by_name: request.draftedBy.displayName,
    submitted_by: request.submittedBy ?? null,
    submitted_at: request.submittedAt ?? null,
    approved_hash: request.approvedHash ?? null,
    approved_at: request.approvedAt ?? null,
    fast_tracked: 0,
    ratified_at: null,
    voided_reason: null,
    round: request.round,
    revision: request.revision,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  });
  const { content } = fields;
  indexRow(db, {
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

const levelStates: Readonly<Record<DecisionLevel, [RequestState, RequestState]>> = {
  unit: ['unitReview', 'newsOfficeReview'],
  newsOffice: ['newsOfficeReview', 'authorityReview'],
  authority: ['authorityReview', 'approved'],
};

/**
 * One decision on a request and its audit row (`audited: false` for a decision made at another
 * installation, which arrives inside an exchange record). Returns it as the services read it.
 */
export function decide(
  db: DatabaseSync,
  requestId: string,
  decision: {
    readonly round: number;
    readonly level: DecisionLevel;
    readonly kind: DecisionKind;
    readonly by: Pick<FixtureUser, 'id' | 'displayName'>;
    readonly at: string;
    readonly comment: string;
    readonly contentHash: string;
    readonly audited?: boolean;
  },
): Decision {
  const stored: Decision = {
    id: fixtureId(`decision ${requestId} ${decision.round} ${decision.level}`),
    round: decision.round,
    level: decision.level,
    kind: decision.kind,
    decidedBy: decision.by.id,
    decidedByName: decision.by.displayName,
    decidedAt: decision.at,
    comment: decision.comment,
    contentHash: decision.contentHash,
    voidedAt: null,
  };
  insertRow(db, 'request_decisions', {
    id: stored.id,
    request_id: requestId,
    round: stored.round,
    level: stored.level,
    kind: stored.kind,
    decided_by: stored.decidedBy,
    decided_by_name: stored.decidedByName,
    decided_at: stored.decidedAt,
    comment: stored.comment,
    content_hash: stored.contentHash,
    voided_at: null,
  });
  if (decision.audited !== false) {
    const [from, approvedTo] = levelStates[decision.level];
    const to =
      decision.kind === 'approve'
        ? approvedTo
        : decision.kind === 'return'
          ? 'returned'
          : 'rejected';
    auditRow(db, decision.by, decision.at, `request.${decision.kind}`, ['request', requestId], {
      decision: decision.kind,
      comment: decision.comment,
      from,
      to,
    });
  }
  return stored;
}
