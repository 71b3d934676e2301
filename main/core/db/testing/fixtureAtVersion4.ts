import type { DatabaseSync } from 'node:sqlite';
import type { Decision } from '../../../../shared/domain/requests.ts';
import {
  envelopeOf,
  firstPrev,
  sealRecord,
  type ExchangeRecord,
} from '../../exchange/exchangeRecord.ts';
import { fingerprintOf } from '../../exchange/signingKeys.ts';
import { requestContentHash } from '../../requests/requestContentHash.ts';
import { fixtureOffice, fixtureUnits, fixtureUsers } from './fixtureCounty.ts';
import { insertQuarantineRow, insertRecordRow } from './fixtureExchange.ts';
import { conferenceFields, decide, insertRequest } from './fixtureRequests.ts';
import {
  auditRow,
  fixtureId,
  fixtureKeyPair,
  insertRow,
  type FixtureContext,
} from './fixtureRows.ts';

const { admin, reviewer, approver } = fixtureUsers;

/** This installation's signing key, made the first time it exchanged anything. */
export const ownKeyPair = fixtureKeyPair('news office key');

/** The health commission's installation, registered here as the peer for its unit. */
export const healthPeer = {
  installationId: fixtureId('installation health'),
  name: '样本县卫生健康委员会',
  keyPair: fixtureKeyPair('health commission key'),
};

/** A request the health commission drafted on its own installation and sent here. */
export const receivedRequest = {
  id: fixtureId('request received'),
  fields: conferenceFields(fixtureUnits.health.id, {
    title: '2026年夏季卫生健康工作新闻发布会',
    startsAt: '2026-05-20T10:00:00+08:00',
    endsAt: '2026-05-20T11:00:00+08:00',
    summary: '介绍夏季传染病防控和基层医疗服务有关情况。',
    mainSpeaker: { name: '冯主任', title: '县卫生健康委员会主任' },
    spokesperson: { name: '冯主任', title: '县卫生健康委员会新闻发言人' },
  }),
  drafter: { id: fixtureId('health user drafter'), displayName: '冯经办' },
  unitHead: { id: fixtureId('health user head'), displayName: '冯主任' },
};

const receivedPackageId = fixtureId('package received');
const quarantinedPackageId = fixtureId('package quarantined');
const sentPackageId = fixtureId('package sent');

/** What travelled about the request in schema 4's time (no materials yet). */
function snapshot(state: string, decisions: readonly Decision[], acknowledgedSeq: number) {
  const { id, fields, drafter } = receivedRequest;
  const approved = state === 'approved';
  return {
    request: {
      id,
      fields,
      state,
      draftedBy: drafter.id,
      draftedByName: drafter.displayName,
      submittedBy: drafter.id,
      submittedAt: '2026-04-07T02:00:00.000Z',
      approvedHash: approved ? (decisions.at(-1)?.contentHash ?? null) : null,
      approvedAt: approved ? (decisions.at(-1)?.decidedAt ?? null) : null,
      fastTracked: false,
      ratifiedAt: null,
      voidedReason: null,
      round: 1,
      createdAt: '2026-04-03T01:00:00.000Z',
    },
    decisions,
    attachments: [],
    acknowledgedSeq,
  };
}

/**
 * Schema 4 (exchange): this office's key, the health commission registered as a peer, its request
 * received in a package, decided here and sent back, and a contradicting record quarantined.
 */
export function writeVersion4({ db }: FixtureContext): void {
  const { id, fields, unitHead } = receivedRequest;
  const own = fixtureOffice.installationId;
  const peer = healthPeer;
  const fingerprint = fingerprintOf(ownKeyPair.publicKey);
  const peerFingerprint = fingerprintOf(peer.keyPair.publicKey);
  insertRow(db, 'exchange_identity', {
    singleton: 1,
    public_key: ownKeyPair.publicKey,
    private_key: ownKeyPair.privateKey,
    created_at: '2026-04-01T01:00:00.000Z',
  });
  auditRow(
    db,
    admin,
    '2026-04-01T01:00:00.000Z',
    'exchange.identity.create',
    ['installation', own],
    { fingerprint },
  );
  insertRow(db, 'exchange_peers', {
    installation_id: peer.installationId,
    name: peer.name,
    public_key: peer.keyPair.publicKey,
    fingerprint: peerFingerprint,
    unit_id: fixtureUnits.health.id,
    registered_at: '2026-04-01T01:10:00.000Z',
    registered_by: admin.id,
  });
  auditRow(
    db,
    admin,
    '2026-04-01T01:10:00.000Z',
    'exchange.peer.register',
    ['exchangePeer', peer.installationId],
    {
      name: peer.name,
      fingerprint: peerFingerprint,
      unitId: fixtureUnits.health.id,
    },
  );

  const contentHash = requestContentHash(id, fields, []);
  const unitDecision: Decision = {
    id: fixtureId(`decision ${id} 1 unit`),
    round: 1,
    level: 'unit',
    kind: 'approve',
    decidedBy: unitHead.id,
    decidedByName: unitHead.displayName,
    decidedAt: '2026-04-07T06:00:00.000Z',
    comment: '同意报县政府新闻办。',
    contentHash,
    voidedAt: null,
  };
  const stream = {
    origin: peer.installationId,
    to: own,
    seq: 1,
    prev: firstPrev,
    refs: { requestId: id },
    attachments: [],
  };
  const received = sealRecord(
    {
      ...stream,
      kind: 'request.submission',
      payload: snapshot('newsOfficeReview', [unitDecision], 0),
    },
    peer.keyPair.privateKey,
  );
  insertRecordRow(db, received, 'received', '2026-04-08T01:00:00.000Z', receivedPackageId);
  insertRequest(db, {
    id,
    origin: peer.installationId,
    fields,
    state: 'approved',
    draftedBy: receivedRequest.drafter,
    submittedBy: receivedRequest.drafter.id,
    submittedAt: '2026-04-07T02:00:00.000Z',
    approvedHash: contentHash,
    approvedAt: '2026-04-10T02:00:00.000Z',
    round: 1,
    revision: 3,
    createdAt: '2026-04-03T01:00:00.000Z',
    updatedAt: '2026-04-10T02:00:00.000Z',
  });
  auditRow(db, reviewer, '2026-04-08T01:00:00.000Z', 'request.received', ['request', id], {
    from: peer.name,
    state: 'newsOfficeReview',
    round: 1,
    recordId: received.id,
  });
  auditRow(
    db,
    reviewer,
    '2026-04-08T01:00:00.000Z',
    'exchange.import',
    ['exchangePackage', receivedPackageId],
    {
      from: peer.installationId,
      fromName: peer.name,
      fileName: '样本县卫生健康委员会-报批-1.pwpkg',
      records: 1,
      applied: 1,
      alreadyHeld: 0,
      seqFrom: 1,
      seqTo: 1,
    },
  );
  const approval = { round: 1, kind: 'approve', contentHash } as const;
  const decisions = [
    decide(db, id, {
      ...approval,
      level: 'unit',
      by: unitHead,
      at: unitDecision.decidedAt,
      comment: unitDecision.comment,
      audited: false,
    }),
    decide(db, id, {
      ...approval,
      level: 'newsOffice',
      by: reviewer,
      at: '2026-04-09T02:00:00.000Z',
      comment: '同意。',
    }),
    decide(db, id, {
      ...approval,
      level: 'authority',
      by: approver,
      at: '2026-04-10T02:00:00.000Z',
      comment: '同意召开。',
    }),
  ];
  const sent = sealRecord(
    {
      ...stream,
      origin: own,
      to: peer.installationId,
      kind: 'request.decision',
      payload: snapshot('approved', decisions, 1),
    },
    ownKeyPair.privateKey,
  );
  insertRecordRow(db, sent, 'sent', '2026-04-10T02:05:00.000Z', null);
  auditRow(db, approver, '2026-04-10T02:05:00.000Z', 'request.exported', ['request', id], {
    to: peer.name,
    state: 'approved',
    round: 1,
  });
  auditRow(
    db,
    approver,
    '2026-04-10T02:05:00.000Z',
    'exchange.export',
    ['exchangePackage', sentPackageId],
    {
      to: peer.installationId,
      toName: peer.name,
      records: 1,
      seqFrom: 1,
      seqTo: 1,
      attachments: 0,
    },
  );
  writeQuarantine(db, received, unitDecision);
}

export const quarantineFileName = '样本县卫生健康委员会-报批-1（重发）.pwpkg';

/** The peer's seq 1 again but saying something else: held apart for an administrator. */
function writeQuarantine(db: DatabaseSync, held: ExchangeRecord, unitDecision: Decision): void {
  const other = snapshot('newsOfficeReview', [{ ...unitDecision, comment: '同意。' }], 0);
  const { id: _id, signature: _signature, ...content } = envelopeOf(held);
  const conflicting = sealRecord({ ...content, payload: other }, healthPeer.keyPair.privateKey);
  insertQuarantineRow(db, conflicting, held.id, {
    packageId: quarantinedPackageId,
    fileName: quarantineFileName,
    at: '2026-04-12T03:00:00.000Z',
    by: reviewer.id,
  });
  auditRow(
    db,
    reviewer,
    '2026-04-12T03:00:00.000Z',
    'exchange.quarantine',
    ['exchangePackage', quarantinedPackageId],
    {
      from: healthPeer.installationId,
      fromName: healthPeer.name,
      fileName: quarantineFileName,
      seqs: [1],
      recordIds: [conflicting.id],
    },
  );
}
