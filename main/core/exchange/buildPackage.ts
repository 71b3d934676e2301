import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { readAttachment } from '../attachments/attachmentStore.ts';
import { AppError } from '../appError.ts';
import { takeCheckpoint } from '../audit/auditCheckpoint.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { ensureKeyPair, ownInstallationId, ownOfficeName } from './exchangeIdentity.ts';
import type { ExchangeRecord } from './exchangeRecord.ts';
import {
  encodePackage,
  manifestBytes,
  packageExtension,
  type ManifestAttachment,
  type PackageAttachment,
  type PackageManifest,
} from './packageFormat.ts';
import { findActivePeer } from './peerRepository.ts';
import { attachmentInfo, findRecord } from './recordRepository.ts';
import { signBytes } from './signingKeys.ts';

export interface BuiltPackage {
  readonly packageId: string;
  /** ASCII, sortable: pw-<from>-<to>-<yyyymmdd-hhmmss UTC>-<first seq>-<last seq>.pwpkg */
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** A package as built, with what its audit row says about it. */
export interface PackedRecords extends BuiltPackage {
  readonly to: string;
  readonly toName: string;
  readonly records: number;
  readonly seqFrom: number;
  readonly seqTo: number;
  readonly attachments: number;
}

/**
 * Packs records this installation has sent (all to one recipient) with the attachments they name
 * and a checkpoint of its audit chain into one signed package file, and audits the export.
 */
export function buildPackage(
  db: DatabaseSync,
  attachmentsDir: string,
  request: { readonly recordIds: readonly string[] },
  actor: Actor | null,
  now: Date,
): BuiltPackage {
  const packed = packRecords(db, attachmentsDir, request, actor, now);
  inTransaction(db, () =>
    appendAudit(db, actor, now, {
      action: 'exchange.export',
      subjectKind: 'exchangePackage',
      subjectId: packed.packageId,
      details: {
        to: packed.to,
        toName: packed.toName,
        records: packed.records,
        seqFrom: packed.seqFrom,
        seqTo: packed.seqTo,
        attachments: packed.attachments,
      },
    }),
  );
  return { packageId: packed.packageId, fileName: packed.fileName, bytes: packed.bytes };
}

/**
 * The package bytes exactly as `buildPackage` makes them, without auditing an export: the hub
 * push sends the same bytes sealed and audits its own action.
 */
export function packRecords(
  db: DatabaseSync,
  attachmentsDir: string,
  request: { readonly recordIds: readonly string[] },
  actor: Actor | null,
  now: Date,
): PackedRecords {
  const records = sentRecords(db, request.recordIds);
  const first = records[0];
  const last = records.at(-1);
  if (!first || !last) throw new AppError('invalid_input', '没有要导出的交换记录。');
  if (records.some((record) => record.to !== first.to)) {
    throw new AppError('invalid_input', '一个交换包只能发给一个收件方。');
  }
  const peer = findActivePeer(db, first.to);
  if (!peer) throw exchangeErrors.unknownPeer(first.to);

  const hashes = [...new Set(records.flatMap((record) => record.attachments))].sort();
  const described: ManifestAttachment[] = [];
  const attachments: PackageAttachment[] = hashes.map((sha256) => {
    const info = attachmentInfo(db, sha256);
    if (!info) throw new AppError('not_found', '要导出的附件在本工作台找不到。');
    described.push({ sha256, size: info.size, mediaType: info.mediaType });
    return { sha256, contentBase64: readAttachment(attachmentsDir, sha256).toString('base64') };
  });

  const from = ownInstallationId(db);
  const manifest: PackageManifest = {
    packageId: randomUUID(),
    from,
    fromName: ownOfficeName(db),
    to: peer.installationId,
    toName: peer.name,
    createdAt: now.toISOString(),
    records: records.map((record) => record.id),
    attachments: described,
  };
  const pair = ensureKeyPair(db, actor, now);
  const signature = signBytes(pair.privateKey, manifestBytes(manifest));
  // The chain as it stands before this export's own row: the recipient keeps it as a witness.
  const checkpoint = takeCheckpoint(db, pair, now) ?? undefined;
  const bytes = Buffer.from(
    encodePackage({ manifest, signature, records, attachments, ...(checkpoint && { checkpoint }) }),
    'utf8',
  );

  return {
    packageId: manifest.packageId,
    fileName: packageFileName(from, peer.installationId, now, first.seq, last.seq),
    bytes,
    to: peer.installationId,
    toName: peer.name,
    records: records.length,
    seqFrom: first.seq,
    seqTo: last.seq,
    attachments: hashes.length,
  };
}

function sentRecords(db: DatabaseSync, recordIds: readonly string[]): ExchangeRecord[] {
  const self = ownInstallationId(db);
  const records = [...new Set(recordIds)].map((id) => {
    const record = findRecord(db, id);
    if (!record) throw new AppError('not_found', '找不到要导出的交换记录。');
    if (record.origin !== self) {
      throw new AppError('invalid_input', '只能导出本工作台发出的交换记录。');
    }
    return record;
  });
  return records.sort((a, b) => a.seq - b.seq);
}

function packageFileName(from: string, to: string, at: Date, firstSeq: number, lastSeq: number) {
  const short = (id: string) => id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const seq = (value: number) => String(value).padStart(6, '0');
  return `pw-${short(from)}-${short(to)}-${stamp}-${seq(firstSeq)}-${seq(lastSeq)}${packageExtension}`;
}
