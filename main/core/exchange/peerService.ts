import type { DatabaseSync } from 'node:sqlite';
import type { ExchangePeer } from '../../../shared/contract/exchangeChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { ownInstallationId, parsePeerCard } from './exchangeIdentity.ts';
import {
  findActivePeer,
  findLatestPeer,
  insertPeer,
  listPeerRecords,
  markPeerRevoked,
  type PeerRecord,
} from './peerRepository.ts';
import { fingerprintOf } from './signingKeys.ts';

const toView = (peer: PeerRecord): ExchangePeer => ({
  installationId: peer.installationId,
  name: peer.name,
  fingerprint: peer.fingerprint,
  unitId: peer.unitId,
  registeredAt: peer.registeredAt,
  revokedAt: peer.revokedAt,
});

/**
 * Registers another installation from its peer card. The fingerprint is computed here, from the
 * key itself, for the administrators to compare by phone.
 */
export function registerPeer(
  db: DatabaseSync,
  input: { readonly card: string; readonly unitId: string | null },
  actor: Actor,
  now: Date,
): ExchangePeer {
  const card = parsePeerCard(input.card);
  if (card.installationId === ownInstallationId(db)) throw exchangeErrors.ownCard();
  if (input.unitId !== null) {
    const unit = findUnit(db, input.unitId);
    if (!unit) throw new AppError('not_found', '找不到该单位，请刷新后重试。');
    if (unit.retiredAt) throw new AppError('unit_retired', `单位“${unit.name}”已撤销，不能指定。`);
  }
  return inTransaction(db, () => {
    const existing = findActivePeer(db, card.installationId);
    if (existing) throw exchangeErrors.peerExists(existing.name);
    const fingerprint = fingerprintOf(card.publicKey);
    insertPeer(
      db,
      {
        installationId: card.installationId,
        name: card.name,
        publicKey: card.publicKey,
        fingerprint,
        unitId: input.unitId,
        registeredAt: now.toISOString(),
      },
      actor.userId,
    );
    appendAudit(db, actor, now, {
      action: 'exchange.peer.register',
      subjectKind: 'exchangePeer',
      subjectId: card.installationId,
      details: { name: card.name, fingerprint, unitId: input.unitId },
    });
    return toView(findActivePeer(db, card.installationId) as PeerRecord);
  });
}

/** Revoked peers stay registered (history refers to them) but nothing signed by them is accepted. */
export function revokePeer(
  db: DatabaseSync,
  installationId: string,
  actor: Actor,
  now: Date,
): ExchangePeer {
  return inTransaction(db, () => {
    const peer = findActivePeer(db, installationId);
    if (!peer) {
      const revoked = findLatestPeer(db, installationId);
      if (revoked) return toView(revoked);
      throw new AppError('not_found', '找不到该交换对象，请刷新后重试。');
    }
    markPeerRevoked(db, peer.id, now.toISOString(), actor.userId);
    appendAudit(db, actor, now, {
      action: 'exchange.peer.revoke',
      subjectKind: 'exchangePeer',
      subjectId: installationId,
      details: { name: peer.name, fingerprint: peer.fingerprint },
    });
    return toView(findLatestPeer(db, installationId) as PeerRecord);
  });
}

export const listPeers = (db: DatabaseSync, includeRevoked: boolean): ExchangePeer[] =>
  listPeerRecords(db, includeRevoked).map(toView);
