import { existsSync, rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { ImportOutcome } from '../../../shared/contract/exchangeChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { attachmentPath, storeAttachment } from '../attachments/attachmentStore.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import type { RecordApplier } from './exchangeRegistry.ts';
import { decodePackage } from './packageFormat.ts';
import { planImport, type Conflict } from './planImport.ts';
import { insertQuarantine } from './quarantineRepository.ts';
import { insertRecord } from './recordRepository.ts';
import { verifyPackage, type VerifiedPackage } from './verifyPackage.ts';
import { witnessPeerCheckpoint } from './witnessPeerCheckpoint.ts';

/**
 * Imports a package file. Everything is verified first; then, in one transaction, the attachments
 * of the new records are stored, the records inserted and applied in order, the sender's audit
 * checkpoint kept as a witness, and the import audited. A refusal changes nothing, except that records contradicting held ones are quarantined.
 * Call it outside any transaction: the quarantine must be committed even though the import fails.
 */
export function importPackage(
  db: DatabaseSync,
  attachmentsDir: string,
  bytes: Uint8Array,
  appliers: ReadonlyMap<string, RecordApplier>,
  actor: Actor | null,
  now: Date,
  fileName = '',
): ImportOutcome {
  if (db.isTransaction) throw new Error('importPackage runs its own transactions');
  const verified = verifyPackage(db, decodePackage(bytes));
  const { pkg, sender } = verified;
  const plan = planImport(db, pkg.records, sender.name);
  if (plan.conflicts.length > 0) {
    quarantine(db, verified, plan.conflicts, { actor, now, fileName });
    throw exchangeErrors.conflict(
      sender.name,
      plan.conflicts.map((conflict) => conflict.record.seq),
    );
  }
  if (plan.orderProblem) throw plan.orderProblem;
  const outcome: ImportOutcome = {
    packageId: pkg.manifest.packageId,
    from: { installationId: sender.installationId, name: sender.name },
    recordCount: pkg.records.length,
    applied: plan.fresh.length,
    alreadyHeld: plan.alreadyHeld,
    alreadyImported: plan.fresh.length === 0,
  };
  if (plan.fresh.length === 0) return outcome;
  const unknown = plan.fresh.find((record) => !appliers.has(record.kind));
  if (unknown) throw exchangeErrors.unknownKind(unknown.kind);

  const needed = [...new Set(plan.fresh.flatMap((record) => record.attachments))];
  const newFiles = needed
    .map((sha256) => attachmentPath(attachmentsDir, sha256))
    .filter((path) => !existsSync(path));
  const context = { sender, packageId: outcome.packageId, actor, now, attachmentsDir };
  try {
    inTransaction(db, () => {
      for (const sha256 of needed) {
        const attachment = verified.attachments.get(sha256);
        if (!attachment) throw new Error(`attachment ${sha256} was not verified`);
        storeAttachment(db, attachmentsDir, attachment.bytes, attachment.mediaType, now);
      }
      for (const record of plan.fresh) {
        insertRecord(db, record, {
          direction: 'received',
          recordedAt: now.toISOString(),
          packageId: outcome.packageId,
        });
        appliers.get(record.kind)?.(db, record, context);
      }
      if (pkg.checkpoint) {
        witnessPeerCheckpoint(db, pkg.checkpoint, {
          senderName: sender.name,
          packageId: outcome.packageId,
          actor,
          now,
        });
      }
      appendAudit(db, actor, now, {
        action: 'exchange.import',
        subjectKind: 'exchangePackage',
        subjectId: outcome.packageId,
        details: {
          from: sender.installationId,
          fromName: sender.name,
          fileName,
          records: outcome.recordCount,
          applied: outcome.applied,
          alreadyHeld: outcome.alreadyHeld,
          seqFrom: plan.fresh[0]?.seq,
          seqTo: plan.fresh.at(-1)?.seq,
        },
      });
    });
  } catch (error) {
    // The rows are rolled back; files this import wrote would be orphans, so they go too.
    for (const path of newFiles) rmSync(path, { force: true });
    throw error;
  }
  return outcome;
}

function quarantine(
  db: DatabaseSync,
  verified: VerifiedPackage,
  conflicts: readonly Conflict[],
  call: { actor: Actor | null; now: Date; fileName: string },
): void {
  const { manifest } = verified.pkg;
  inTransaction(db, () => {
    const added = conflicts.filter((conflict) =>
      insertQuarantine(db, {
        record: conflict.record,
        heldRecordId: conflict.heldRecordId,
        packageId: manifest.packageId,
        fileName: call.fileName,
        quarantinedAt: call.now.toISOString(),
        quarantinedBy: call.actor?.userId ?? null,
      }),
    );
    if (added.length === 0) return;
    appendAudit(db, call.actor, call.now, {
      action: 'exchange.quarantine',
      subjectKind: 'exchangePackage',
      subjectId: manifest.packageId,
      details: {
        from: verified.sender.installationId,
        fromName: verified.sender.name,
        fileName: call.fileName,
        seqs: added.map((conflict) => conflict.record.seq),
        recordIds: added.map((conflict) => conflict.record.id),
      },
    });
  });
}
