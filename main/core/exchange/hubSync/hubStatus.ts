import type { DatabaseSync } from 'node:sqlite';
import type { HubStatus } from '../../../../shared/contract/exchangeChannels.ts';
import { listPeerRecords } from '../peerRepository.ts';
import { pendingPushes } from './hubPush.ts';
import { peerProgress, readHubState } from './hubStateRepository.ts';

export function hubStatus(db: DatabaseSync): HubStatus {
  const state = readHubState(db);
  const progress = peerProgress(db);
  const waiting = state.address ? pendingPushes({ db }) : new Map<string, number>();
  return {
    address: state.address,
    state: !state.address
      ? 'off'
      : state.connected
        ? 'connected'
        : state.offlineSince
          ? 'offline'
          : 'connecting',
    offlineSince: state.offlineSince,
    lastSyncAt: state.lastSyncAt,
    lastError: state.lastError,
    peers: listPeerRecords(db, false).map((peer) => {
      const held = progress.get(peer.installationId);
      return {
        installationId: peer.installationId,
        name: peer.name,
        waiting: waiting.get(peer.installationId) ?? 0,
        received: held?.receivedRecords ?? 0,
        lastReceivedAt: held?.receivedAt ?? null,
        error: state.address ? (held?.lastError ?? null) : null,
      };
    }),
  };
}
