import { AppError } from '../../appError.ts';
import { appendAudit } from '../../audit/auditRepository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { packRecords } from '../buildPackage.ts';
import { ensureKeyPair, ownInstallationId } from '../exchangeIdentity.ts';
import { sealParcel } from '../hubProtocol/parcel.ts';
import { sealKeyStatementHolds } from '../hubProtocol/sealKeys.ts';
import { findActivePeer, type PeerRecord } from '../peerRepository.ts';
import { streamRecords } from '../recordRepository.ts';
import { publicKeyFromBase64 } from '../signingKeys.ts';
import { HubCallError } from './hubCallError.ts';
import {
  highestSentSeqs,
  notePeerProblem,
  peerProgress,
  recordPushed,
} from './hubStateRepository.ts';
import type { HubSyncContext } from './hubSyncContext.ts';

/** Records per parcel: a long backlog goes as several parcels, each a package of its own. */
export const recordsPerParcel = 20;

/** Registered peers with sent records the hub has not yet been given, and how many. */
export function pendingPushes(ctx: Pick<HubSyncContext, 'db'>): Map<string, number> {
  const { db } = ctx;
  const progress = peerProgress(db);
  const pending = new Map<string, number>();
  for (const [recipient, highest] of highestSentSeqs(db, ownInstallationId(db))) {
    const waiting = highest - (progress.get(recipient)?.pushedSeq ?? 0);
    if (waiting > 0 && findActivePeer(db, recipient)) pending.set(recipient, waiting);
  }
  return pending;
}

export interface PushOutcome {
  readonly records: number;
  /** Peers that could not be pushed to though the hub answered (no seal key, refused, …). */
  readonly failedPeers: readonly string[];
}

/**
 * Pushes every peer's unsent records. A hub that cannot be reached throws (the whole sync is
 * offline); a problem with one peer is noted on that peer and the others go on. `skip` names peers
 * still waiting out their retry delay.
 */
export async function pushPending(
  ctx: HubSyncContext,
  skip: ReadonlySet<string> = new Set(),
): Promise<PushOutcome> {
  const sealKeys = new Map<number, string>();
  let records = 0;
  const failedPeers: string[] = [];
  for (const recipient of pendingPushes(ctx).keys()) {
    if (skip.has(recipient)) continue;
    const peer = findActivePeer(ctx.db, recipient);
    if (!peer) continue;
    try {
      records += await pushToPeer(ctx, peer, sealKeys);
    } catch (error) {
      if (error instanceof HubCallError && error.offline) throw error;
      if (!(error instanceof AppError)) throw error;
      ctx.alive();
      notePeerProblem(ctx.db, recipient, error.message);
      failedPeers.push(recipient);
    }
  }
  return { records, failedPeers };
}

async function pushToPeer(
  ctx: HubSyncContext,
  peer: PeerRecord,
  sealKeys: Map<number, string>,
): Promise<number> {
  const { db } = ctx;
  const own = ownInstallationId(db);
  let pushed = 0;
  for (;;) {
    const from = peerProgress(db).get(peer.installationId)?.pushedSeq ?? 0;
    const records = streamRecords(db, own, peer.installationId, from).slice(0, recordsPerParcel);
    if (records.length === 0) return pushed;
    const sealKey = sealKeys.get(peer.id) ?? (await verifiedSealKey(ctx, peer));
    ctx.alive();
    sealKeys.set(peer.id, sealKey);
    const now = ctx.now();
    const packed = packRecords(
      db,
      ctx.attachmentsDir,
      { recordIds: records.map((record) => record.id) },
      null,
      now,
    );
    const parcel = sealParcel(
      {
        from: own,
        to: peer.installationId,
        seqFrom: packed.seqFrom,
        seqTo: packed.seqTo,
        content: packed.bytes,
      },
      sealKey,
      ensureKeyPair(db, null, now).privateKey,
    );
    const posted = await ctx.client.postParcel(parcel);
    ctx.alive();
    inTransaction(db, () => {
      recordPushed(db, peer.installationId, packed.seqTo, now);
      appendAudit(db, null, now, {
        action: 'exchange.hub.push',
        subjectKind: 'exchangePackage',
        subjectId: packed.packageId,
        details: {
          to: packed.to,
          toName: packed.toName,
          records: packed.records,
          seqFrom: packed.seqFrom,
          seqTo: packed.seqTo,
          attachments: packed.attachments,
          parcelId: posted.id,
          position: posted.position,
        },
      });
    });
    pushed += packed.records;
  }
}

/**
 * The peer's seal key as published on the hub, only if the statement is signed by the signing key
 * registered here from its key card: the hub cannot slip in a key of its own.
 */
async function verifiedSealKey(ctx: HubSyncContext, peer: PeerRecord): Promise<string> {
  const statement = await ctx.client.sealKeyOf(peer.installationId);
  if (!statement) {
    throw new AppError(
      'hub_no_seal_key',
      `“${peer.name}”尚未连接交换中心（交换中心没有其密封公钥），记录暂存本机，待对方连接后自动发送；急用可导出数据包。`,
    );
  }
  const signingKey = publicKeyFromBase64(peer.publicKey);
  if (
    statement.installationId !== peer.installationId ||
    !signingKey ||
    !sealKeyStatementHolds(statement, signingKey)
  ) {
    throw new AppError(
      'hub_bad_seal_key',
      `交换中心提供的“${peer.name}”的密封公钥不是用其登记的签名密钥签署的，已拒绝向其发送。请与对方和交换中心管理员核对。`,
    );
  }
  return statement.sealKey;
}
