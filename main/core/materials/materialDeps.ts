import type { DatabaseSync } from 'node:sqlite';
import type { MaterialLocks } from './materialLocks.ts';

/** What the material services need besides the call: the database, attachments and editing leases. */
export interface MaterialDeps {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
  readonly locks: MaterialLocks;
}
