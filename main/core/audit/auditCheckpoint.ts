import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { AppError } from '../appError.ts';
import {
  decodeBase64Strict,
  publicKeyFromBase64,
  signatureHolds,
  signBytes,
  type StoredKeyPair,
} from '../exchange/signingKeys.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { genesisHash } from './auditRowHash.ts';
import { shortCode } from './chainKey.ts';

/** The name of a checkpoint's file in a backup or archive folder. */
export const checkpointFileName = '审计校验点.json';

const checkpointFormat = 'press-workbench-audit-checkpoint';
/** Bytes of each row's hash a checkpoint keeps: enough to name the first row that differs. */
const digestBytes = 4;

/**
 * The state of an installation's audit chain at one moment, signed with its exchange key: the
 * number of rows, the last row's hash and the first bytes of every row's hash. Kept outside the
 * database (in packages, backups, archives, at the peers that received it), it shows later
 * whether any row up to `rowCount` was rewritten or removed.
 */
export interface AuditCheckpoint {
  readonly format: typeof checkpointFormat;
  readonly version: 1;
  readonly installationId: string;
  readonly officeName: string;
  readonly rowCount: number;
  readonly headHash: string;
  /** Base64 of the first 4 bytes of the hash of rows 1 … rowCount, in order. */
  readonly rowDigests: string;
  readonly takenAt: string;
  /** The exchange public key (raw, base64) that signed it; null for an unsigned checkpoint. */
  readonly publicKey: string | null;
  readonly signature: string | null;
}

export const checkpointSchema = z.strictObject({
  format: z.literal(checkpointFormat),
  version: z.literal(1),
  installationId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  officeName: z.string().max(100),
  rowCount: z.int().min(0),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  rowDigests: z.string().max(60_000_000),
  takenAt: z.string().max(40),
  publicKey: z.string().max(100).nullable(),
  signature: z.string().max(100).nullable(),
});

function signedBytes(checkpoint: AuditCheckpoint): Buffer {
  const { signature: _signature, ...signed } = checkpoint;
  return Buffer.from(canonicalJson(signed), 'utf8');
}

/**
 * A checkpoint of the chain as it stands, signed when a key pair is given; null before first-run
 * setup (an installation without an id has nothing to witness).
 */
export function takeCheckpoint(
  db: DatabaseSync,
  signingKey: StoredKeyPair | null,
  now: Date,
): AuditCheckpoint | null {
  const installationId = readInstallationValue(db, 'installationId');
  if (!installationId) return null;
  const hashes = (
    db.prepare('SELECT hash FROM audit_log ORDER BY seq').all() as { hash: string }[]
  ).map((row) => row.hash);
  const digests = Buffer.concat(
    hashes.map((hash) => Buffer.from(hash.slice(0, digestBytes * 2), 'hex')),
  );
  const unsigned: AuditCheckpoint = {
    format: checkpointFormat,
    version: 1,
    installationId,
    officeName: readInstallationValue(db, 'officeName') ?? '',
    rowCount: hashes.length,
    headHash: hashes.at(-1) ?? genesisHash,
    rowDigests: digests.toString('base64'),
    takenAt: now.toISOString(),
    publicKey: signingKey?.publicKey ?? null,
    signature: null,
  };
  return signingKey
    ? { ...unsigned, signature: signBytes(signingKey.privateKey, signedBytes(unsigned)) }
    : unsigned;
}

/** Whether the checkpoint is signed, and if so whether the signature holds for its key. */
export function checkpointSignature(checkpoint: AuditCheckpoint): 'unsigned' | 'valid' | 'invalid' {
  if (checkpoint.publicKey === null && checkpoint.signature === null) return 'unsigned';
  const key = checkpoint.publicKey === null ? null : publicKeyFromBase64(checkpoint.publicKey);
  return key &&
    checkpoint.signature !== null &&
    signatureHolds(key, signedBytes(checkpoint), checkpoint.signature)
    ? 'valid'
    : 'invalid';
}

/** The short form printed on paper (the archive index): the head hash's first 8 hex digits. */
export const checkpointCode = (checkpoint: Pick<AuditCheckpoint, 'headHash'>): string =>
  shortCode(checkpoint.headHash);

/** The digests of rows 1 … rowCount as hex, one per row; null if they do not add up. */
export function rowDigestsOf(checkpoint: AuditCheckpoint): string[] | null {
  const bytes = decodeBase64Strict(checkpoint.rowDigests);
  if (bytes?.length !== checkpoint.rowCount * digestBytes) return null;
  const digests: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += digestBytes) {
    digests.push(bytes.subarray(offset, offset + digestBytes).toString('hex'));
  }
  return digests;
}

export const rowDigest = (hash: string): string => hash.slice(0, digestBytes * 2);

export const checkpointFileText = (checkpoint: AuditCheckpoint): string =>
  `${JSON.stringify(checkpoint, null, 2)}\n`;

/** A checkpoint from parsed JSON, or an error naming what it is not. */
export function parseCheckpoint(value: unknown, source: string): AuditCheckpoint {
  const parsed = checkpointSchema.safeParse(value);
  if (!parsed.success || !rowDigestsOf(parsed.data)) {
    throw new AppError('bad_checkpoint', `“${source}”不是有效的审计校验点。`);
  }
  return parsed.data;
}
