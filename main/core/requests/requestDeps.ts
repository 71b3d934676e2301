import type { DatabaseSync } from 'node:sqlite';

/** What the request services need besides the call: the database and the attachment store. */
export interface RequestDeps {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
}
