import type { DatabaseSync } from 'node:sqlite';
import { isSetupRequired, requireActor } from './accounts/accountService.ts';
import { verifyPassword, type PasswordCheck } from './accounts/passwords.ts';
import { SessionStore } from './accounts/sessionStore.ts';
import { attachChainKeys } from './audit/auditKeying.ts';
import { auditActors, listAudit, pageAudit, verifyAuditChain } from './audit/auditRepository.ts';
import { auditFilterOf, exportAuditCsv } from './audit/auditCsv.ts';
import type { ChainKeyProvider } from './audit/chainKey.ts';
import { quietTime, type QuietTime } from './db/quietTime.ts';
import { walCheckpoint } from './db/walCheckpoint.ts';
import { openDatabase, schemaVersion } from './db/openDatabase.ts';
import { dataFolder, type DataFolder } from './dataFolder.ts';
import { createExchangeRegistry } from './exchange/exchangeRegistry.ts';
import { createHubSyncController } from './exchange/hubSync/hubSyncController.ts';
import { accountHandlers } from './handlers/accountHandlers.ts';
import { archiveHandlers } from './handlers/archiveHandlers.ts';
import { documentNumberHandlers } from './handlers/documentNumberHandlers.ts';
import { evaluationHandlers } from './handlers/evaluationHandlers.ts';
import { exchangeHandlers } from './handlers/exchangeHandlers.ts';
import { materialHandlers } from './handlers/materialHandlers.ts';
import { calendarHandlers } from './handlers/calendarHandlers.ts';
import { concernHandlers } from './handlers/concernHandlers.ts';
import { notificationHandlers } from './handlers/notificationHandlers.ts';
import { workspaceHandlers } from './handlers/workspaceHandlers.ts';
import type { EventFactProviders } from './workspace/eventFacts.ts';
import { transcriptEventFacts } from './transcripts/transcriptList.ts';
import { countRequestConflicts } from './scheduling/conflictService.ts';
import { requestHandlers } from './handlers/requestHandlers.ts';
import { schedulingHandlers } from './handlers/schedulingHandlers.ts';
import { transcriptHandlers } from './handlers/transcriptHandlers.ts';
import { registerRequestAppliers } from './requests/requestExchangeAppliers.ts';
import { registerEvaluationAppliers } from './evaluation/evaluationExchange.ts';
import { registerConcernAppliers } from './concerns/concernExchangeAppliers.ts';
import { productName, productVersion } from './productInfo.ts';
import type { Handlers } from './rpc/handlers.ts';
import { createRouter, type Router } from './rpc/router.ts';
import { globalSearch, type EventOfHit } from './search/globalSearch.ts';
import { pendingTokens, searchIndexMerging } from './search/indexUpkeep.ts';
import { findTurn } from './transcripts/turnRepository.ts';
import { materialEventFacts } from './materials/materialGate.ts';
import { findMaterial } from './materials/materialRepository.ts';
import { materialSearchKind } from './materials/materialSearch.ts';

export interface CoreOptions {
  readonly dataDir: string;
  readonly mode: 'desktop' | 'web';
  readonly now?: () => Date;
  /** The sign-in password check; tests wrap the real one to count the checks. */
  readonly verifyPassword?: PasswordCheck;
  /**
   * Where the audit chain's key is kept (outside the data folder). Without one the chain stays
   * unkeyed, as it was before keys existed; the app and web mode always give one.
   */
  readonly chainKeys?: ChainKeyProvider;
}

/** The core of one installation: its database, its router, and nothing from Electron. */
export interface Core {
  readonly folder: DataFolder;
  readonly db: DatabaseSync;
  readonly router: Router;
  readonly sessions: SessionStore;
  /** Deferred tokens, search-index merging and log checkpoints, run between calls (db/quietTime.ts). */
  readonly upkeep: Pick<QuietTime, 'whenSettled'>;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const folder = dataFolder(options.dataDir);
  const db = openDatabase(folder.database, { backupDir: folder.backups });
  if (options.chainKeys) attachChainKeys(db, options.chainKeys, { create: true });
  const sessions = new SessionStore(db);
  // Each feature reports what the event workspace's stage bar needs to know about it.
  const eventFactProviders: EventFactProviders = {
    materials: materialEventFacts,
    transcript: transcriptEventFacts,
    scheduleConflicts: countRequestConflicts,
  };
  // Which event each kind of search hit belongs to, for visibility and for opening it.
  const searchResolvers: Record<string, EventOfHit> = {
    request: (_db, refId) => refId,
    transcriptTurn: (database, refId) => findTurn(database, refId)?.requestId,
    [materialSearchKind]: (database, refId) => findMaterial(database, refId)?.requestId,
  };
  const exchangeRegistry = createExchangeRegistry();
  registerRequestAppliers(exchangeRegistry);
  registerEvaluationAppliers(exchangeRegistry);
  registerConcernAppliers(exchangeRegistry);

  // Sync through the exchange hub while an address is set; pushed after each call that may have
  // written outgoing records.
  const hubSync = createHubSyncController({
    db,
    attachmentsDir: folder.attachments,
    appliers: exchangeRegistry.appliers,
    now: options.now ?? (() => new Date()),
  });

  const handlers: Handlers = {
    'app:info': () => ({
      productName,
      version: productVersion,
      schemaVersion: schemaVersion(db),
      mode: options.mode,
      setupRequired: isSetupRequired(db),
    }),
    ...accountHandlers(db, sessions, options.verifyPassword ?? verifyPassword),
    ...archiveHandlers(db),
    ...documentNumberHandlers(db),
    ...evaluationHandlers(db, folder.attachments),
    ...concernHandlers({ db, attachmentsDir: folder.attachments }),
    ...exchangeHandlers(db, folder.attachments, exchangeRegistry, hubSync),
    ...calendarHandlers(db),
    ...requestHandlers({ db, attachmentsDir: folder.attachments }),
    ...schedulingHandlers(db),
    ...materialHandlers({ db, attachmentsDir: folder.attachments }),
    ...transcriptHandlers({ db, attachmentsDir: folder.attachments }),
    ...notificationHandlers(db),
    ...workspaceHandlers({ db, attachmentsDir: folder.attachments }, eventFactProviders),
    'audit:verify': () => verifyAuditChain(db),
    'audit:list': (input) => listAudit(db, input.beforeSeq, input.limit ?? 50),
    'audit:page': (input) =>
      pageAudit(db, {
        ...auditFilterOf(input),
        limit: input.limit ?? 50,
        offset: input.offset ?? 0,
      }),
    'audit:actors': () => auditActors(db),
    'audit:exportCsv': (input, context) => exportAuditCsv(db, context, input),
    'search:query': (input, context) =>
      globalSearch(db, requireActor(context), searchResolvers, {
        text: input.text,
        kinds: input.kinds ?? [],
        limit: input.limit ?? 50,
      }),
  };

  const routed = createRouter({ handlers, sessions, ...(options.now ? { now: options.now } : {}) });
  const upkeep = quietTime([pendingTokens(db), searchIndexMerging(db), walCheckpoint(db)]);
  const router: Router = {
    async dispatch(channel, input, clientKey) {
      const result = await upkeep.track(() => routed.dispatch(channel, input, clientKey));
      if (result.ok) hubSync.poke();
      return result;
    },
  };
  return {
    folder,
    db,
    router,
    sessions,
    upkeep,
    close: () => {
      hubSync.stop();
      upkeep.stop();
      db.close();
    },
  };
}
