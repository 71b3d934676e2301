import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { VersionReason } from '../../../shared/domain/materials.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { listMaterials, type MaterialRecord } from './materialRepository.ts';
import { insertVersion, latestVersion, type VersionRecord } from './versionRepository.ts';

/** Records the material's current content as a new immutable version. */
export function takeVersion(
  db: DatabaseSync,
  material: MaterialRecord,
  reason: VersionReason,
  note: string,
  actor: Actor | null,
  now: Date,
): VersionRecord {
  const version: VersionRecord = {
    id: randomUUID(),
    materialId: material.id,
    number: (latestVersion(db, material.id)?.number ?? 0) + 1,
    reason,
    note,
    contentHash: material.contentHash,
    charCount: material.charCount,
    createdBy: actor?.userId ?? '',
    createdByName: actor?.displayName ?? '',
    createdAt: now.toISOString(),
  };
  insertVersion(db, { ...version, document: material.document });
  appendAudit(db, actor, now, {
    action: 'material.version',
    subjectKind: 'material',
    subjectId: material.id,
    details: { number: version.number, reason, contentHash: version.contentHash },
  });
  return version;
}

/** The latest version when it holds the current content; otherwise a new one. */
export function ensureVersion(
  db: DatabaseSync,
  material: MaterialRecord,
  reason: VersionReason,
  actor: Actor,
  now: Date,
): VersionRecord {
  const latest = latestVersion(db, material.id);
  if (latest?.contentHash === material.contentHash) return latest;
  return takeVersion(db, material, reason, '', actor, now);
}

/** On submission and approval every material of the event is versioned, as a milestone. */
export function versionEventMaterials(
  db: DatabaseSync,
  requestId: string,
  reason: 'submit' | 'approval',
  actor: Actor | null,
  now: Date,
): void {
  for (const material of listMaterials(db, requestId)) {
    takeVersion(db, material, reason, '', actor, now);
  }
}
