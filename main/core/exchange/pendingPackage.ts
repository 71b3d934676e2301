import type { DatabaseSync } from 'node:sqlite';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { sha256Hex } from '../attachments/attachmentStore.ts';
import { buildPackage } from './buildPackage.ts';
import { ownInstallationId } from './exchangeIdentity.ts';
import type { PeerRecord } from './peerRepository.ts';
import { streamRecords } from './recordRepository.ts';

export const packageMediaType = 'application/x-press-workbench-package';

/** How far the peer has read our stream to it, from what it told us in its own records. */
function acknowledgedByPeer(db: DatabaseSync, own: string, peer: string): number {
  return streamRecords(db, peer, own, 0).reduce((highest, record) => {
    const seq = (record.payload as { acknowledgedSeq?: unknown } | null)?.acknowledgedSeq;
    return typeof seq === 'number' && seq > highest ? seq : highest;
  }, 0);
}

/**
 * Packs every record of this installation's stream to `peer` that the peer has not yet confirmed,
 * with their attachments, into one package file (records it already holds are skipped there).
 */
export function exportPendingPackage(
  db: DatabaseSync,
  attachmentsDir: string,
  peer: PeerRecord,
  actor: Actor | null,
  now: Date,
): ExportedFile {
  const own = ownInstallationId(db);
  const pending = streamRecords(
    db,
    own,
    peer.installationId,
    acknowledgedByPeer(db, own, peer.installationId),
  );
  if (pending.length === 0) {
    throw new AppError('nothing_to_send', `没有需要发给“${peer.name}”的内容。`);
  }
  const built = buildPackage(
    db,
    attachmentsDir,
    { recordIds: pending.map((record) => record.id) },
    actor,
    now,
  );
  return {
    fileName: built.fileName,
    mediaType: packageMediaType,
    contentBase64: built.bytes.toString('base64'),
    sha256: sha256Hex(built.bytes),
  };
}
