import type { HubMigration } from '../hubMigration.ts';
import { foundationMigration } from './001_foundation.ts';

/** Every migration of the hub's database in order. Append new ones; never edit released ones. */
export const hubMigrations: readonly HubMigration[] = [foundationMigration];
