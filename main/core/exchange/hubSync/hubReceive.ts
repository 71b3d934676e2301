import { AppError } from '../../appError.ts';
import { appendAudit, auditOfSubject } from '../../audit/auditRepository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ownInstallationId } from '../exchangeIdentity.ts';
import { openParcel, parcelSignatureHolds } from '../hubProtocol/parcel.ts';
import type { StoredSealKeyPair } from '../hubProtocol/sealKeys.ts';
import { importPackage } from '../importPackage.ts';
import { findActivePeer } from '../peerRepository.ts';
import { publicKeyFromBase64 } from '../signingKeys.ts';
import type { InboxEntry } from './hubClient.ts';
import { advanceInboxCursor, readHubState, recordReceived } from './hubStateRepository.ts';
import type { HubSyncContext } from './hubSyncContext.ts';
import { ensureSealKeyPair } from './sealKeyPair.ts';

export const inboxPageSize = 20;

export interface ReceiveOutcome {
  /** Parcels fetched from the hub in this round. */
  readonly parcels: number;
  /** Records newly applied here. */
  readonly applied: number;
  /** A parcel waits for an earlier record (a gap): the cursor stays before it, to try again. */
  readonly held: string | null;
}

type Handled =
  | { readonly kind: 'imported'; readonly applied: number }
  | { readonly kind: 'refused' }
  | { readonly kind: 'held'; readonly message: string };

/**
 * One round of the inbox: fetch parcels after the cursor (waiting up to `waitSeconds` for one),
 * import each in position order through the package import, move the cursor past what is done,
 * and acknowledge it. A parcel whose sender is not registered, whose signature fails or that does
 * not open is refused (audited) and passed over; one that leaves a gap holds its sender's later
 * parcels back until the missing records arrive (through the hub again or by file).
 */
export async function receiveInbox(
  ctx: HubSyncContext,
  waitSeconds: number,
  interrupt?: AbortSignal,
): Promise<ReceiveOutcome> {
  const after = readHubState(ctx.db).inboxCursor;
  const page = await ctx.client.inbox(after, waitSeconds, inboxPageSize, interrupt);
  ctx.alive();
  const own = ownInstallationId(ctx.db);
  const sealPair = ensureSealKeyPair(ctx.db, null, ctx.now());
  const heldSenders = new Set<string>();
  const done: string[] = [];
  let held: string | null = null;
  let applied = 0;
  const entries = [...page.parcels].sort((a, b) => a.position - b.position);
  for (const entry of entries) {
    if (entry.position <= after) continue;
    const outcome = heldSenders.has(entry.parcel.from)
      ? null
      : handleParcel(ctx, entry, own, sealPair);
    if (outcome?.kind === 'held') held ??= outcome.message;
    if (outcome === null || outcome.kind === 'held') {
      heldSenders.add(entry.parcel.from);
      continue;
    }
    if (outcome.kind === 'imported') applied += outcome.applied;
    done.push(entry.id);
    if (heldSenders.size === 0) advanceInboxCursor(ctx.db, entry.position);
  }
  if (done.length > 0) {
    await ctx.client.ack(done);
    ctx.alive();
  }
  return { parcels: entries.length, applied, held };
}

function handleParcel(
  ctx: HubSyncContext,
  entry: InboxEntry,
  own: string,
  sealPair: StoredSealKeyPair,
): Handled {
  const { db } = ctx;
  const { parcel } = entry;
  const peer = findActivePeer(db, parcel.from);
  if (parcel.to !== own) return refuse(ctx, entry, '收件方不是本工作台');
  if (!peer) return refuse(ctx, entry, '发送方未在本工作台登记或登记已被撤销');
  const key = publicKeyFromBase64(peer.publicKey);
  if (!key || !parcelSignatureHolds(parcel, key)) {
    return refuse(ctx, entry, '签名与发送方登记的密钥不符');
  }
  const bytes = openParcel(parcel, sealPair);
  if (!bytes) return refuse(ctx, entry, '无法用本工作台的密封密钥打开');
  try {
    const now = ctx.now();
    const outcome = importPackage(
      db,
      ctx.attachmentsDir,
      bytes,
      ctx.appliers,
      null,
      now,
      `交换中心 #${String(entry.position)}`,
    );
    if (outcome.applied > 0) recordReceived(db, peer.installationId, outcome.applied, now);
    return { kind: 'imported', applied: outcome.applied };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'exchange_out_of_order') return { kind: 'held', message: error.message };
    // Contradicting records are quarantined by the import, for the administrator: handled.
    if (error.code === 'exchange_conflict') return { kind: 'imported', applied: 0 };
    return refuse(ctx, entry, error.message);
  }
}

/**
 * Audits a refused parcel once: a parcel comes again when the cursor did not move past it (a kill
 * in between) or its acknowledgement was lost.
 */
function refuse(ctx: HubSyncContext, entry: InboxEntry, reason: string): Handled {
  const refusedBefore = auditOfSubject(ctx.db, 'hubParcel', entry.id).some(
    (audited) => audited.action === 'exchange.hub.refused',
  );
  if (refusedBefore) return { kind: 'refused' };
  const now = ctx.now();
  inTransaction(ctx.db, () =>
    appendAudit(ctx.db, null, now, {
      action: 'exchange.hub.refused',
      subjectKind: 'hubParcel',
      subjectId: entry.id,
      details: {
        from: entry.parcel.from,
        position: entry.position,
        seqFrom: entry.parcel.seqFrom,
        seqTo: entry.parcel.seqTo,
        reason,
      },
    }),
  );
  return { kind: 'refused' };
}
