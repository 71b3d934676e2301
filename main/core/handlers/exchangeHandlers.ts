import type { DatabaseSync } from 'node:sqlite';
import type { exchangeChannels } from '../../../shared/contract/exchangeChannels.ts';
import { requireActor } from '../accounts/accountService.ts';
import { exchangeIdentity } from '../exchange/exchangeIdentity.ts';
import type { ExchangeRegistry } from '../exchange/exchangeRegistry.ts';
import { exchangeHistory, quarantinedRecords } from '../exchange/exchangeViews.ts';
import { setHubAddress } from '../exchange/hubSync/hubAddress.ts';
import { hubStatus } from '../exchange/hubSync/hubStatus.ts';
import type { HubSyncController } from '../exchange/hubSync/hubSyncController.ts';
import { importPackage } from '../exchange/importPackage.ts';
import { listPeers, registerPeer, revokePeer } from '../exchange/peerService.ts';
import type { Handlers } from '../rpc/handlers.ts';

type ExchangeHandlers = Pick<Handlers, keyof typeof exchangeChannels>;

export function exchangeHandlers(
  db: DatabaseSync,
  attachmentsDir: string,
  registry: ExchangeRegistry,
  hubSync: HubSyncController,
): ExchangeHandlers {
  return {
    'exchange:identity': (_input, context) => exchangeIdentity(db, context.actor, context.now),
    'exchange:registerPeer': (input, context) =>
      registerPeer(db, input, requireActor(context), context.now),
    'exchange:listPeers': (input) => listPeers(db, input.includeRevoked ?? false),
    'exchange:revokePeer': (input, context) =>
      revokePeer(db, input.installationId, requireActor(context), context.now),
    'exchange:listQuarantine': () => quarantinedRecords(db),
    'exchange:history': (input) => exchangeHistory(db, input.beforePosition, input.limit ?? 50),
    'exchange:importPackage': (input, context) =>
      importPackage(
        db,
        attachmentsDir,
        Buffer.from(input.contentBase64, 'base64'),
        registry.appliers,
        context.actor,
        context.now,
        input.fileName,
      ),
    'exchange:hubStatus': () => hubStatus(db),
    'exchange:setHubAddress': (input, context) => {
      if (setHubAddress(db, input.address, requireActor(context), context.now)) hubSync.refresh();
      return hubStatus(db);
    },
    'exchange:hubSyncNow': async () => {
      await hubSync.syncNow();
      return hubStatus(db);
    },
  };
}
