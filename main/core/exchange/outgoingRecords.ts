import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { ensureKeyPair, ownInstallationId } from './exchangeIdentity.ts';
import {
  firstPrev,
  recordKindMaxLength,
  recordKindPattern,
  recordLimits,
  sealRecord,
  type ExchangeRecord,
} from './exchangeRecord.ts';
import { findActivePeer } from './peerRepository.ts';
import { attachmentInfo, insertRecord, lastInStream } from './recordRepository.ts';

export interface OutgoingRecord {
  readonly kind: string;
  /** The installation the record is for: a registered, unrevoked peer. */
  readonly to: string;
  readonly refs: Readonly<Record<string, string>>;
  /** Any JSON value; it is sent (and signed) as its canonical JSON. */
  readonly payload: unknown;
  /** SHA-256 of stored attachments the record names; packages carry them along. */
  readonly attachments?: readonly string[];
}

/**
 * Writes and signs the next record of this installation's stream to `to`. Call it inside the
 * transaction of the change it reports, so the change and its record are committed together.
 */
export function appendOutgoingRecord(
  db: DatabaseSync,
  outgoing: OutgoingRecord,
  now: Date,
): ExchangeRecord {
  if (!db.isTransaction) {
    throw new Error(
      'appendOutgoingRecord must run inside the transaction of the change it records',
    );
  }
  refuseMalformed(outgoing);
  const origin = ownInstallationId(db);
  if (!findActivePeer(db, outgoing.to)) throw exchangeErrors.unknownPeer(outgoing.to);
  const attachments = outgoing.attachments ?? [];
  for (const sha256 of attachments) {
    if (!attachmentInfo(db, sha256)) {
      throw new AppError('not_found', '要发送的附件在本工作台找不到，请重新添加附件。');
    }
  }
  const { privateKey } = ensureKeyPair(db, null, now);
  const last = lastInStream(db, origin, outgoing.to);
  const record = sealRecord(
    {
      kind: outgoing.kind,
      origin,
      to: outgoing.to,
      seq: (last?.seq ?? 0) + 1,
      prev: last?.id ?? firstPrev,
      refs: outgoing.refs,
      payload: outgoing.payload,
      attachments,
    },
    privateKey,
  );
  insertRecord(db, record, { direction: 'sent', recordedAt: now.toISOString(), packageId: null });
  return record;
}

/** A record the receiver would refuse is a programming error here, not the user's. */
function refuseMalformed(outgoing: OutgoingRecord): void {
  const kindFits =
    outgoing.kind.length <= recordKindMaxLength && recordKindPattern.test(outgoing.kind);
  const refsFit = Object.entries(outgoing.refs).every(
    ([key, value]) =>
      key.length <= recordLimits.refKeyLength &&
      typeof value === 'string' &&
      value.length <= recordLimits.refValueLength,
  );
  const attachmentsFit = (outgoing.attachments?.length ?? 0) <= recordLimits.attachments;
  if (!kindFits || !refsFit || !attachmentsFit) {
    throw new Error(`outgoing record '${outgoing.kind}' is outside the record limits`);
  }
}
