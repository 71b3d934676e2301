import type { Migration } from '../migration.ts';

/** Scheduling and compliance: annual plans, registers (spokespersons, experts, new-media accounts). */
export const schedulingMigration: Migration = {
  version: 7,
  name: 'scheduling',
  up: () => {
    // Filled in by the scheduling feature before this release; empty migrations are harmless.
  },
};
