import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * One key of an installation's audit chain, as kept outside the data folder. `firstSeq` is the
 * row from which the chain is keyed with it: kept with the key, so that a database whose keyed
 * segment was deleted, or whose rows were rewritten under the unkeyed rule, is caught.
 */
export interface ChainKeyRecord {
  readonly installationId: string;
  readonly keyId: string;
  readonly firstSeq: number;
  readonly createdAt: string;
  readonly key: Buffer;
}

/**
 * Where an installation's chain keys live. The desktop keeps them sealed by the OS keychain
 * (main/electron); web mode and the admin commands in a folder outside the data folder.
 */
export interface ChainKeyProvider {
  /** Where the keys are kept, for messages (密钥保存在…). */
  readonly place: string;
  /** Every key held here for the installation, oldest first. */
  load(installationId: string): readonly ChainKeyRecord[];
  /** Keeps a new key; never replaces one. */
  save(record: ChainKeyRecord): void;
}

/** The id of a key: a hash of it, so the database can name the key without holding it. */
export function keyIdOf(key: Uint8Array): string {
  return createHash('sha256')
    .update('press-workbench audit chain key\n')
    .update(key)
    .digest('hex')
    .slice(0, 16);
}

/** Eight hex digits in two groups, as people read them: F86E-1A92. */
export { shortCode } from '../../../shared/text/checkCode.ts';

export function newChainKeyRecord(
  installationId: string,
  firstSeq: number,
  now: Date,
): ChainKeyRecord {
  const key = randomBytes(32);
  return { installationId, keyId: keyIdOf(key), firstSeq, createdAt: now.toISOString(), key };
}

const keyFileFormat = 'press-workbench-audit-key';

const keyFileSchema = z.strictObject({
  format: z.literal(keyFileFormat),
  version: z.literal(1),
  installationId: z.string().min(1).max(64),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  firstSeq: z.int().min(1),
  createdAt: z.string().max(40),
  key: z.string().max(100),
});

export function chainKeyText(record: ChainKeyRecord): string {
  const { installationId, keyId, firstSeq, createdAt, key } = record;
  const value = { format: keyFileFormat, version: 1, installationId, keyId, firstSeq, createdAt };
  return `${JSON.stringify({ ...value, key: key.toString('base64') }, null, 2)}\n`;
}

/** Reads a key file's text; null if it is not one, or its key does not match its id. */
export function parseChainKey(text: string): ChainKeyRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = keyFileSchema.safeParse(value);
  if (!parsed.success) return null;
  const key = Buffer.from(parsed.data.key, 'base64');
  if (key.length !== 32 || keyIdOf(key) !== parsed.data.keyId) return null;
  const { installationId, keyId, firstSeq, createdAt } = parsed.data;
  return { installationId, keyId, firstSeq, createdAt, key };
}
