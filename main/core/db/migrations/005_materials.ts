import type { Migration } from '../migration.ts';

/** Briefing materials, their versions, clearance sign-offs, wording lists and the 口径库. */
export const materialsMigration: Migration = {
  version: 5,
  name: 'materials',
  up: () => {
    // Filled in by the materials feature before this release; empty migrations are harmless.
  },
};
