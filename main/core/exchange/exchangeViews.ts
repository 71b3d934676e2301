import type { DatabaseSync } from 'node:sqlite';
import type {
  ExchangeHistoryEntry,
  QuarantinedRecord,
} from '../../../shared/contract/exchangeChannels.ts';
import { ownOfficeName } from './exchangeIdentity.ts';
import { peerNames } from './peerRepository.ts';
import { listQuarantineRows } from './quarantineRepository.ts';
import { listRecords } from './recordRepository.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';

/** Names installations as an administrator knows them: this office's name, or the peer's. */
function installationNamer(db: DatabaseSync): (installationId: string) => string {
  const names = peerNames(db);
  const self = readInstallationValue(db, 'installationId');
  if (self) names.set(self, ownOfficeName(db));
  return (installationId) => names.get(installationId) ?? installationId;
}

/** Records sent and received, newest first. */
export function exchangeHistory(
  db: DatabaseSync,
  beforePosition: number | undefined,
  limit: number,
): ExchangeHistoryEntry[] {
  const nameOf = installationNamer(db);
  return listRecords(db, beforePosition, limit).map((record) => ({
    position: record.position,
    recordId: record.id,
    direction: record.direction,
    kind: record.kind,
    origin: record.origin,
    originName: nameOf(record.origin),
    recipient: record.to,
    recipientName: nameOf(record.to),
    seq: record.seq,
    refs: record.refs,
    recordedAt: record.recordedAt,
    packageId: record.packageId,
  }));
}

export function quarantinedRecords(db: DatabaseSync): QuarantinedRecord[] {
  const nameOf = installationNamer(db);
  return listQuarantineRows(db).map((row) => ({ ...row, originName: nameOf(row.origin) }));
}
