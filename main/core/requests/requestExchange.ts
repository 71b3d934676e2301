import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { requireActor } from '../accounts/accountService.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { sha256Hex } from '../attachments/attachmentStore.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { evidenceHashesOf } from '../materials/materialSnapshot.ts';
import { buildPackage } from '../exchange/buildPackage.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import {
  findActivePeer,
  findActivePeerForUnit,
  type PeerRecord,
} from '../exchange/peerRepository.ts';
import { lastInStream, streamRecords } from '../exchange/recordRepository.ts';
import type { CallContext } from '../callContext.ts';
import { sendableFromDepartment, sendableFromNewsOffice } from './packageDirection.ts';
import { checkVisible } from './requestAccess.ts';
import { loadRequest } from './requestDetail.ts';
import type { RequestDeps } from './requestDeps.ts';
import { requestRecordKinds } from './requestExchangeAppliers.ts';
import { snapshotOf, type RequestSnapshot } from './requestSnapshot.ts';
import type { RequestRecord } from './requestRepository.ts';

export const packageMediaType = 'application/x-press-workbench-package';

function newsOfficePeer(db: DatabaseSync): PeerRecord {
  for (const unit of listUnits(db, false).filter((item) => item.kind === 'newsOffice')) {
    const peer = findActivePeerForUnit(db, unit.id);
    if (peer) return peer;
  }
  throw new AppError(
    'no_news_office_peer',
    '尚未登记县政府新闻办公室的工作台。请管理员在“数据交换”中登记新闻办的公钥卡片，并选择“县政府新闻办公室”作为其单位。',
  );
}

/** Where this request goes next, and as which kind of record. */
function route(db: DatabaseSync, request: RequestRecord): { peer: PeerRecord; kind: string } {
  if (request.origin === ownInstallationId(db)) {
    if (!sendableFromDepartment.includes(request.state)) {
      throw new AppError(
        'nothing_to_send',
        '报批须先经单位负责人审核同意，才能报送县政府新闻办公室。',
      );
    }
    return { peer: newsOfficePeer(db), kind: requestRecordKinds.submission };
  }
  if (!sendableFromNewsOffice.includes(request.state)) {
    throw new AppError('nothing_to_send', '该报批尚无新的审批决定可以发回。');
  }
  const peer = findActivePeer(db, request.origin);
  if (!peer)
    throw new AppError(
      'exchange_unknown_peer',
      '报送该报批的工作台已不在登记名单中，无法发回决定。',
    );
  return { peer, kind: requestRecordKinds.decision };
}

/** How far the peer has read our stream to it, from what it told us in its own records. */
function acknowledgedByPeer(db: DatabaseSync, own: string, peer: string): number {
  return streamRecords(db, peer, own, 0).reduce((highest, record) => {
    const seq = (record.payload as Partial<RequestSnapshot> | null)?.acknowledgedSeq;
    return typeof seq === 'number' && seq > highest ? seq : highest;
  }, 0);
}

/**
 * Writes the request's current state as a signed record to the next installation (the news office,
 * or back to the department that sent it) and packs every record that installation has not yet
 * confirmed, with their attachments, into one package file.
 */
export function exportRequestPackage(
  deps: RequestDeps,
  input: ParsedInput<'requests:exportPackage'>,
  context: CallContext,
): ExportedFile {
  const actor = requireActor(context);
  const { db } = deps;
  const request = loadRequest(db, input.requestId);
  checkVisible(actor, request);
  const { peer, kind } = route(db, request);
  const own = ownInstallationId(db);
  inTransaction(db, () => {
    const snapshot = snapshotOf(db, request, lastInStream(db, peer.installationId, own)?.seq ?? 0);
    appendOutgoingRecord(
      db,
      {
        kind,
        to: peer.installationId,
        refs: { requestId: request.id },
        payload: snapshot,
        attachments: [
          ...snapshot.attachments.map((item) => item.sha256),
          ...evidenceHashesOf(snapshot.materials),
        ],
      },
      context.now,
    );
    appendAudit(db, actor, context.now, {
      action: 'request.exported',
      subjectKind: 'request',
      subjectId: request.id,
      details: { to: peer.name, state: request.state, round: request.round },
    });
  });
  const pending = streamRecords(
    db,
    own,
    peer.installationId,
    acknowledgedByPeer(db, own, peer.installationId),
  );
  const built = buildPackage(
    db,
    deps.attachmentsDir,
    { recordIds: pending.map((record) => record.id) },
    actor,
    context.now,
  );
  return {
    fileName: built.fileName,
    mediaType: packageMediaType,
    contentBase64: built.bytes.toString('base64'),
    sha256: sha256Hex(built.bytes),
  };
}
