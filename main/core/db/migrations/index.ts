import type { Migration } from '../migration.ts';
import { foundationMigration } from './001_foundation.ts';

/** Every migration in order. Append new ones at the end; never edit or reorder released ones. */
export const migrations: readonly Migration[] = [foundationMigration];

export const latestSchemaVersion = migrations.length;
