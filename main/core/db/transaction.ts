import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside one IMMEDIATE transaction: all of it is committed, or none. Nested calls join
 * the outer transaction, so a service can call another service's transactional function.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
