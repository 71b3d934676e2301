import type { DatabaseSync } from 'node:sqlite';
import type { RecordApplier } from '../exchangeRegistry.ts';
import type { HubClient } from './hubClient.ts';

/** What the push and the receive work with; `alive` throws once the sync has been stopped. */
export interface HubSyncContext {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
  readonly appliers: ReadonlyMap<string, RecordApplier>;
  readonly client: HubClient;
  readonly now: () => Date;
  /** Call after every await: the database may have been closed meanwhile. */
  readonly alive: () => void;
}
