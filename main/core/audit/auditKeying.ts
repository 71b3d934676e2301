import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import type { AuditEvent } from './auditRepository.ts';
import { insertKeySegment, latestKeySegment, listKeySegments } from './auditSegmentRepository.ts';
import {
  newChainKeyRecord,
  shortCode,
  type ChainKeyProvider,
  type ChainKeyRecord,
} from './chainKey.ts';

interface Keying {
  readonly provider: ChainKeyProvider;
  /** Whether this process may create a key (the app does; the admin commands only use one). */
  readonly create: boolean;
  bound?: ChainKeyRecord;
}

// Per connection, so every appendAudit of the core uses the key without each caller passing it.
const keyings = new WeakMap<DatabaseSync, Keying>();

/** From now on, audit rows written through `db` are keyed with a key from `provider`. */
export function attachChainKeys(
  db: DatabaseSync,
  provider: ChainKeyProvider,
  options: { readonly create: boolean },
): void {
  keyings.set(db, { provider, create: options.create });
}

/** The keys the attached provider holds for this installation (none without a provider). */
export function heldChainKeys(db: DatabaseSync): readonly ChainKeyRecord[] {
  const keying = keyings.get(db);
  const installationId = readInstallationValue(db, 'installationId');
  return keying && installationId ? keying.provider.load(installationId) : [];
}

export interface KeyForAppend {
  readonly key: Buffer | null;
  /** A row to write first, recording that a key was created (or replaced) at this row. */
  readonly started?: AuditEvent;
}

/**
 * The key for the row `nextSeq`. The first time an installation that is set up writes with a
 * provider, a key is created, kept by the provider and its segment recorded from this row on;
 * rows before stay under the unkeyed rule. A key the provider no longer holds (the data folder
 * moved to another machine, the key file deleted) is replaced the same way, and says so in the
 * chain. Call it inside the transaction of the row.
 */
export function keyForAppend(db: DatabaseSync, nextSeq: number, now: Date): KeyForAppend {
  const keying = keyings.get(db);
  const latest = latestKeySegment(db);
  if (keying?.bound && latest?.keyId === keying.bound.keyId) return { key: keying.bound.key };
  const installationId = readInstallationValue(db, 'installationId');
  if (!keying || !installationId) {
    if (latest) throw keyMissing(latest.keyId, keying?.provider.place ?? null);
    return { key: null };
  }
  const held = keying.provider.load(installationId);
  const current = latest && held.find((record) => record.keyId === latest.keyId);
  if (current) {
    keying.bound = current;
    return { key: current.key };
  }
  if (!keying.create) {
    if (latest) throw keyMissing(latest.keyId, keying.provider.place);
    return { key: null };
  }
  // A key saved whose segment never committed (the process stopped in between) is taken up.
  const recorded = new Set(listKeySegments(db).map((segment) => segment.keyId));
  const record =
    held.find((candidate) => candidate.firstSeq === nextSeq && !recorded.has(candidate.keyId)) ??
    newChainKeyRecord(installationId, nextSeq, now);
  if (!held.includes(record)) keying.provider.save(record);
  insertKeySegment(db, { firstSeq: nextSeq, keyId: record.keyId, startedAt: now.toISOString() });
  keying.bound = record;
  if (nextSeq === 1) return { key: record.key };
  return {
    key: record.key,
    started: {
      action: latest ? 'audit.key.replace' : 'audit.key.create',
      subjectKind: 'installation',
      subjectId: installationId,
      details: {
        keyId: shortCode(record.keyId),
        keptIn: keying.provider.place,
        ...(latest ? { previousKeyId: shortCode(latest.keyId) } : {}),
      },
    },
  };
}

const keyMissing = (keyId: string, place: string | null) =>
  new AppError(
    'audit_key_missing',
    `本工作台的审计链已启用密钥（${shortCode(keyId)}），但${place ?? '本程序'}中没有这把密钥，不能写入审计记录。请在保存密钥的电脑上操作，或指明密钥所在的目录。`,
  );
