import type { DatabaseSync } from 'node:sqlite';
import { checkpointSignature } from '../audit/auditCheckpoint.ts';
import { sha256Hex } from '../attachments/attachmentStore.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { ownInstallationId, ownOfficeName } from './exchangeIdentity.ts';
import { recordHolds } from './exchangeRecord.ts';
import { manifestBytes, type ExchangePackage, type ManifestAttachment } from './packageFormat.ts';
import { findActivePeer, findLatestPeer, type PeerRecord } from './peerRepository.ts';
import { decodeBase64Strict, publicKeyFromBase64, signatureHolds } from './signingKeys.ts';

export interface VerifiedAttachment extends ManifestAttachment {
  readonly bytes: Buffer;
}

export interface VerifiedPackage {
  readonly pkg: ExchangePackage;
  /** The registered, unrevoked peer that signed the package and every record in it. */
  readonly sender: PeerRecord;
  readonly attachments: ReadonlyMap<string, VerifiedAttachment>;
}

/**
 * Checks, without writing anything, that the package is for this installation, was signed by a
 * registered peer, and that every record and attachment is exactly what that peer signed.
 */
export function verifyPackage(db: DatabaseSync, pkg: ExchangePackage): VerifiedPackage {
  const { manifest } = pkg;
  const self = ownInstallationId(db);
  if (manifest.from === self) throw exchangeErrors.ownPackage();
  if (manifest.to !== self) throw exchangeErrors.wrongRecipient(manifest.toName, ownOfficeName(db));

  const sender = findActivePeer(db, manifest.from);
  if (!sender) {
    const revoked = findLatestPeer(db, manifest.from);
    throw revoked
      ? exchangeErrors.revokedSigner(revoked.name)
      : exchangeErrors.unknownSigner(manifest.fromName, manifest.from);
  }
  const key = publicKeyFromBase64(sender.publicKey);
  if (!key) throw new Error(`stored key of peer ${sender.installationId} is not valid`);
  if (!signatureHolds(key, manifestBytes(manifest), pkg.signature)) {
    throw exchangeErrors.tampered('清单的签名不符');
  }
  const { checkpoint } = pkg;
  if (
    checkpoint &&
    (checkpoint.installationId !== manifest.from ||
      checkpoint.publicKey !== sender.publicKey ||
      checkpointSignature(checkpoint) !== 'valid')
  ) {
    throw exchangeErrors.tampered('审计校验点与发送方的签名不符');
  }

  const listed = manifest.records;
  if (
    pkg.records.length !== listed.length ||
    pkg.records.some((record, index) => record.id !== listed[index])
  ) {
    throw exchangeErrors.tampered('记录与清单不符');
  }
  let previousSeq = 0;
  for (const record of pkg.records) {
    if (record.origin !== manifest.from || record.to !== manifest.to) {
      throw exchangeErrors.tampered('记录的发送方或收件方与清单不符');
    }
    if (record.seq <= previousSeq) throw exchangeErrors.tampered('记录的顺序不对');
    previousSeq = record.seq;
    if (!recordHolds(record, key)) {
      throw exchangeErrors.tampered(`第 ${record.seq} 号记录的内容与签名不符`);
    }
  }
  return { pkg, sender, attachments: verifyAttachments(pkg) };
}

function verifyAttachments(pkg: ExchangePackage): Map<string, VerifiedAttachment> {
  const described = pkg.manifest.attachments;
  const named = [...new Set(pkg.records.flatMap((record) => record.attachments))].sort();
  if (
    described.length !== named.length ||
    described.some((attachment, index) => attachment.sha256 !== named[index]) ||
    pkg.attachments.length !== described.length
  ) {
    throw exchangeErrors.tampered('附件与记录或清单不符');
  }
  const verified = new Map<string, VerifiedAttachment>();
  described.forEach((attachment, index) => {
    const carried = pkg.attachments[index];
    const bytes = carried && decodeBase64Strict(carried.contentBase64);
    if (
      !carried ||
      carried.sha256 !== attachment.sha256 ||
      !bytes ||
      bytes.length !== attachment.size ||
      sha256Hex(bytes) !== attachment.sha256
    ) {
      throw exchangeErrors.tampered('附件内容与哈希不符');
    }
    verified.set(attachment.sha256, { ...attachment, bytes });
  });
  return verified;
}
