import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { checkpointSchema, type AuditCheckpoint } from '../audit/auditCheckpoint.ts';

/** Keeps a peer's checkpoint as received; false if the same one is already held. */
export function insertPeerCheckpoint(
  db: DatabaseSync,
  checkpoint: AuditCheckpoint,
  packageId: string,
  receivedAt: string,
): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO peer_audit_checkpoints
         (installation_id, row_count, head_hash, taken_at, body, package_id, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      checkpoint.installationId,
      checkpoint.rowCount,
      checkpoint.headHash,
      checkpoint.takenAt,
      canonicalJson(checkpoint),
      packageId,
      receivedAt,
    );
  return result.changes > 0;
}

const parse = (row: { body: string } | undefined): AuditCheckpoint | null =>
  row ? checkpointSchema.parse(JSON.parse(row.body)) : null;

/** The checkpoint of a peer covering the most rows (the latest taken among equals). */
export function longestPeerCheckpoint(
  db: DatabaseSync,
  installationId: string,
): AuditCheckpoint | null {
  return parse(
    db
      .prepare(
        `SELECT body FROM peer_audit_checkpoints WHERE installation_id = ?
         ORDER BY row_count DESC, taken_at DESC LIMIT 1`,
      )
      .get(installationId) as { body: string } | undefined,
  );
}

/** Every checkpoint held of one peer's chain, in the order they were taken. */
export function peerCheckpoints(db: DatabaseSync, installationId: string): AuditCheckpoint[] {
  return (
    db
      .prepare(
        `SELECT body FROM peer_audit_checkpoints WHERE installation_id = ?
         ORDER BY taken_at, row_count`,
      )
      .all(installationId) as { body: string }[]
  ).flatMap((row) => parse(row) ?? []);
}

/** The installations whose checkpoints are held here. */
export function witnessedInstallations(db: DatabaseSync): string[] {
  return (
    db
      .prepare(
        'SELECT DISTINCT installation_id FROM peer_audit_checkpoints ORDER BY installation_id',
      )
      .all() as { installation_id: string }[]
  ).map((row) => row.installation_id);
}
