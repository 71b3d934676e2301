import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { AuditCheckpoint } from '../audit/auditCheckpoint.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { firstDisagreement } from '../audit/checkpointComparison.ts';
import { insertPeerCheckpoint, longestPeerCheckpoint } from './peerCheckpointRepository.ts';

/**
 * Keeps the audit checkpoint a peer sent with a package, as a witness of its chain. A checkpoint
 * that contradicts one held (a row of the peer's chain changed, or the chain is shorter than it
 * was) is kept too, and the contradiction audited here: the peer's chain was rewritten or cut.
 * Call it inside the import's transaction.
 */
export function witnessPeerCheckpoint(
  db: DatabaseSync,
  checkpoint: AuditCheckpoint,
  context: {
    readonly senderName: string;
    readonly packageId: string;
    readonly actor: Actor | null;
    readonly now: Date;
  },
): void {
  const held = longestPeerCheckpoint(db, checkpoint.installationId);
  if (!insertPeerCheckpoint(db, checkpoint, context.packageId, context.now.toISOString())) return;
  if (!held) return;
  const differs = firstDisagreement(held, checkpoint);
  const shortened = checkpoint.rowCount < held.rowCount && checkpoint.takenAt > held.takenAt;
  if (differs === null && !shortened) return;
  appendAudit(db, context.actor, context.now, {
    action: 'exchange.peerAudit.conflict',
    subjectKind: 'installation',
    subjectId: checkpoint.installationId,
    details: {
      fromName: context.senderName,
      packageId: context.packageId,
      heldRows: held.rowCount,
      heldTakenAt: held.takenAt,
      receivedRows: checkpoint.rowCount,
      receivedTakenAt: checkpoint.takenAt,
      ...(differs === null ? {} : { firstDifferentRow: differs }),
    },
  });
}
