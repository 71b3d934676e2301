import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { ConcernStepDetails } from '../../../shared/domain/concerns.ts';
import { findUnit, listUnits } from '../accounts/unitRepository.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import { findActivePeerForUnit, type PeerRecord } from '../exchange/peerRepository.ts';
import {
  concernRecordKinds,
  travels,
  type ConcernItemSnapshot,
  type ConcernRecordPayload,
} from './concernRecord.ts';
import { concernUnits, type ConcernRecord } from './concernRepository.ts';

/**
 * The installations an item's steps go to: those speaking for the units it concerns (at the news
 * office) and the news office's (at a unit). Each side only has peers for the other side's units,
 * so one rule serves both.
 */
export function concernPeers(db: DatabaseSync, concernId: string): PeerRecord[] {
  const unitIds = [
    ...concernUnits(db, concernId).map((unit) => unit.id),
    ...listUnits(db, false)
      .filter((unit) => unit.kind === 'newsOffice')
      .map((unit) => unit.id),
  ];
  const peers = new Map<string, PeerRecord>();
  for (const unitId of unitIds) {
    const peer = findActivePeerForUnit(db, unitId);
    if (peer) peers.set(peer.installationId, peer);
  }
  return [...peers.values()];
}

export function itemSnapshot(db: DatabaseSync, concern: ConcernRecord): ConcernItemSnapshot {
  return {
    source: concern.source,
    firstSeenAt: concern.firstSeenAt,
    summary: concern.summary,
    links: [...concern.links],
    level: concern.level,
    clockMarked: concern.clockMarked,
    registeredByName: concern.registeredByName,
    registeredAt: concern.registeredAt,
    unitNames: concernUnits(db, concern.id).map((unit) => unit.name),
    assignedUnitName: concern.assignedUnitId
      ? (findUnit(db, concern.assignedUnitId)?.name ?? null)
      : null,
    assignedDeadline: concern.assignedDeadline,
    closedAt: concern.closedAt,
    responseMs: concern.responseMs,
  };
}

/**
 * Inside the transaction of a 研判 step: the step, with the item as it now stands, goes as a
 * signed record to every registered installation on the other side of the item.
 */
export function sendConcernStep(
  db: DatabaseSync,
  concern: ConcernRecord,
  details: ConcernStepDetails,
  actor: Actor,
  now: Date,
): void {
  if (!travels(details.kind)) return;
  const kind = concernRecordKinds[details.kind];
  const peers = concernPeers(db, concern.id);
  if (peers.length === 0) return;
  const payload: ConcernRecordPayload = {
    concernId: concern.id,
    step: {
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now.toISOString(),
      details: details as ConcernRecordPayload['step']['details'],
    },
    item: itemSnapshot(db, concern),
  };
  for (const peer of peers) {
    const record = appendOutgoingRecord(
      db,
      { kind, to: peer.installationId, refs: { concernId: concern.id }, payload },
      now,
    );
    appendAudit(db, actor, now, {
      action: 'concern.sent',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { kind, to: peer.name, recordId: record.id },
    });
  }
}
