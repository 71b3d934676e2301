import type { DatabaseSync } from 'node:sqlite';
import { openDatabase, schemaVersion } from './db/openDatabase.ts';
import { dataFolder, type DataFolder } from './dataFolder.ts';
import { productName, productVersion } from './productInfo.ts';
import { createRouter, type Router } from './rpc/router.ts';
import type { Handlers, SessionResolver } from './rpc/handlers.ts';
import { searchDocuments } from './search/searchRepository.ts';

export interface CoreOptions {
  readonly dataDir: string;
  readonly mode: 'desktop' | 'web';
  readonly now?: () => Date;
}

/** The core of one installation: its database, its router, and nothing from Electron. */
export interface Core {
  readonly folder: DataFolder;
  readonly db: DatabaseSync;
  readonly router: Router;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const folder = dataFolder(options.dataDir);
  const db = openDatabase(folder.database, { backupDir: folder.backups });
  const sessions: SessionResolver = { actorFor: () => null };

  const handlers: Handlers = {
    'app:info': () => ({
      productName,
      version: productVersion,
      schemaVersion: schemaVersion(db),
      mode: options.mode,
      setupRequired: true,
    }),
    'search:query': (input) =>
      searchDocuments(db, { text: input.text, kinds: input.kinds ?? [], limit: input.limit ?? 50 }),
  };

  const router = createRouter({ handlers, sessions, ...(options.now ? { now: options.now } : {}) });
  return {
    folder,
    db,
    router,
    close: () => db.close(),
  };
}
