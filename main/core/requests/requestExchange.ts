import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { requireActor } from '../accounts/accountService.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { evidenceHashesOf } from '../materials/materialSnapshot.ts';
import { exportPendingPackage } from '../exchange/pendingPackage.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import {
  findActivePeer,
  findActivePeerForUnit,
  type PeerRecord,
} from '../exchange/peerRepository.ts';
import { lastInStream } from '../exchange/recordRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readHubState } from '../exchange/hubSync/hubStateRepository.ts';
import {
  packageDirection,
  sendableFromDepartment,
  sendableFromNewsOffice,
} from './packageDirection.ts';
import { checkVisible } from './requestAccess.ts';
import { loadRequest } from './requestDetail.ts';
import type { RequestDeps } from './requestDeps.ts';
import { requestRecordKinds } from './requestExchangeAppliers.ts';
import { snapshotOf } from './requestSnapshot.ts';
import type { RequestRecord } from './requestRepository.ts';

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

/** The request's current state as the next signed record of the stream to `peer`. */
function appendRequestRecord(
  db: DatabaseSync,
  request: RequestRecord,
  peer: PeerRecord,
  kind: string,
  now: Date,
): void {
  const own = ownInstallationId(db);
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
    now,
  );
}

/**
 * With a county hub set, a request travels as soon as it changes hands: inside the transaction of
 * a submission, decision, withdrawal or cancellation that makes it sendable, its state is written
 * as a record for the hub sync to push, with no package exported by hand. Without a hub, or when
 * the other installation is not registered, nothing is written (the package export still is).
 */
export function sendThroughHubIfSet(db: DatabaseSync, request: RequestRecord, now: Date): void {
  if (!readHubState(db).address || !packageDirection(db, request)) return;
  const { peer, kind } = route(db, request);
  appendRequestRecord(db, request, peer, kind, now);
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
  inTransaction(db, () => {
    appendRequestRecord(db, request, peer, kind, context.now);
    appendAudit(db, actor, context.now, {
      action: 'request.exported',
      subjectKind: 'request',
      subjectId: request.id,
      details: { to: peer.name, state: request.state, round: request.round },
    });
  });
  return exportPendingPackage(db, deps.attachmentsDir, peer, actor, context.now);
}
