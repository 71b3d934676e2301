import type { DatabaseSync, StatementSync } from 'node:sqlite';

const statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The statement for `sql` on this connection, prepared once, for statements that run at every
 * call or for every record (the caller's session check, indexing, a search's small reads), where
 * preparing each anew cost as much as running it.
 */
export function cachedStatement(db: DatabaseSync, sql: string): StatementSync {
  let prepared = statements.get(db);
  if (!prepared) statements.set(db, (prepared = new Map()));
  let found = prepared.get(sql);
  if (!found) prepared.set(sql, (found = db.prepare(sql)));
  return found;
}
