import type { Migration } from '../migration.ts';

/**
 * Search documents whose text changed but whose index tokens are not yet written (a material
 * saved while being typed); searches write them first.
 */
export const deferredSearchTokensMigration: Migration = {
  version: 9,
  name: 'deferred search tokens',
  up: (db) => {
    db.exec(`
      ALTER TABLE search_documents ADD COLUMN tokens_pending INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX search_documents_pending ON search_documents (id) WHERE tokens_pending = 1;
    `);
  },
};
