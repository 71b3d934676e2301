import type { Migration } from '../migration.ts';
import { foundationMigration } from './001_foundation.ts';
import { accountsMigration } from './002_accounts.ts';
import { requestsMigration } from './003_requests.ts';
import { exchangeMigration } from './004_exchange.ts';

/** Every migration in order. Append new ones at the end; never edit or reorder released ones. */
export const migrations: readonly Migration[] = [
  foundationMigration,
  accountsMigration,
  requestsMigration,
  exchangeMigration,
];

export const latestSchemaVersion = migrations.length;
