import type { DatabaseSync } from 'node:sqlite';
import { auditRowHash, genesisHash, type AuditRow } from '../audit/auditRowHash.ts';

/**
 * What someone holding the data folder can do without the chain key: change a row, then
 * recompute its hash and every later one with the project's own (unkeyed) row-hash function,
 * so that the chain is consistent again under that rule.
 */
export function rewriteAuditRow(
  db: DatabaseSync,
  seq: number,
  change: Partial<Omit<AuditRow, 'seq' | 'hash' | 'prev_hash'>>,
): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_refuse_update');
  const before = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq - 1) as
    { hash: string } | undefined;
  let previous = before?.hash ?? genesisHash;
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq')
    .all(seq) as unknown as AuditRow[];
  const update = db.prepare(
    'UPDATE audit_log SET actor_name = ?, action = ?, details = ?, prev_hash = ?, hash = ? WHERE seq = ?',
  );
  for (const row of rows) {
    const changed = { ...row, ...(row.seq === seq ? change : {}), prev_hash: previous };
    const hash = auditRowHash(changed);
    update.run(changed.actor_name, changed.action, changed.details, previous, hash, row.seq);
    previous = hash;
  }
}

/** Deletes the chain's rows from `seq` on: the chain that remains is intact by itself. */
export function cutAuditChain(db: DatabaseSync, seq: number): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_refuse_delete');
  db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(seq);
}

export const auditActions = (db: DatabaseSync): string[] =>
  (db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map(
    (row) => row.action,
  );
