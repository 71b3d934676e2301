import { z } from 'zod';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { checkpointSchema, type AuditCheckpoint } from '../audit/auditCheckpoint.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { installationIdSchema } from './exchangeIdentity.ts';
import {
  envelopeOf,
  recordKindMaxLength,
  recordKindPattern,
  recordLimits,
  type ExchangeRecord,
} from './exchangeRecord.ts';

/**
 * A package file (.pwpkg) is one UTF-8 JSON object with its members in this order:
 *
 *   {"format":"press-workbench-package","version":1,
 *    "manifest":{…},"signature":"…","records":[…],"attachments":[…]}
 *
 * `manifest`, each record and each attachment are written as canonical JSON (keys sorted, no
 * whitespace), so a file has exactly one valid spelling: a reader encodes what it parsed again
 * and refuses the file unless the bytes are identical. The manifest is signed (Ed25519, base64)
 * by the sending installation; each record carries its own id and signature; each attachment is
 * checked against the SHA-256 and size the manifest gives for it.
 *
 * Version 2 adds a last member, `"checkpoint":{…}`: the sender's audit checkpoint (canonical
 * JSON, signed by the same key), which the recipient keeps as a witness of the sender's chain.
 * Version 1 packages, without it, are still read.
 */
export const packageFormat = 'press-workbench-package';
export const packageVersion = 2;
export const packageExtension = '.pwpkg';

export interface ManifestAttachment {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

export interface PackageManifest {
  readonly packageId: string;
  readonly from: string;
  readonly fromName: string;
  readonly to: string;
  readonly toName: string;
  readonly createdAt: string;
  /** Ids of the records, in the order they are in the file (ascending seq). */
  readonly records: readonly string[];
  /** Every attachment the records name, sorted by hash. */
  readonly attachments: readonly ManifestAttachment[];
}

export interface PackageAttachment {
  readonly sha256: string;
  readonly contentBase64: string;
}

export interface ExchangePackage {
  readonly manifest: PackageManifest;
  readonly signature: string;
  readonly records: readonly ExchangeRecord[];
  readonly attachments: readonly PackageAttachment[];
  /** The sender's audit checkpoint; absent only in version 1 packages. */
  readonly checkpoint?: AuditCheckpoint;
}

export function manifestBytes(manifest: PackageManifest): Buffer {
  const { packageId, from, fromName, to, toName, createdAt, records, attachments } = manifest;
  return Buffer.from(
    canonicalJson({ packageId, from, fromName, to, toName, createdAt, records, attachments }),
    'utf8',
  );
}

export function encodePackage(pkg: ExchangePackage): string {
  const records = pkg.records.map((record) => canonicalJson(envelopeOf(record)));
  const attachments = pkg.attachments.map(({ sha256, contentBase64 }) =>
    canonicalJson({ sha256, contentBase64 }),
  );
  const version = pkg.checkpoint ? packageVersion : 1;
  const checkpoint = pkg.checkpoint ? `,"checkpoint":${canonicalJson(pkg.checkpoint)}` : '';
  return (
    `{"format":${JSON.stringify(packageFormat)},"version":${version},` +
    `"manifest":${manifestBytes(pkg.manifest).toString('utf8')},` +
    `"signature":${JSON.stringify(pkg.signature)},` +
    `"records":[${records.join(',')}],"attachments":[${attachments.join(',')}]${checkpoint}}`
  );
}

const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/);
const name = () => z.string().max(100);

const recordSchema = z.strictObject({
  id: sha256(),
  kind: z.string().max(recordKindMaxLength).regex(recordKindPattern),
  origin: installationIdSchema,
  to: installationIdSchema,
  seq: z.int().min(1),
  prev: sha256(),
  refs: z.record(
    z.string().max(recordLimits.refKeyLength),
    z.string().max(recordLimits.refValueLength),
  ),
  payload: z.json(),
  attachments: z.array(sha256()).max(recordLimits.attachments),
  signature: z.string().max(100),
});

const packageV1Schema = z.strictObject({
  format: z.literal(packageFormat),
  version: z.literal(1),
  manifest: z.strictObject({
    packageId: installationIdSchema,
    from: installationIdSchema,
    fromName: name(),
    to: installationIdSchema,
    toName: name(),
    createdAt: z.string().max(40),
    records: z.array(sha256()).min(1).max(100_000),
    attachments: z
      .array(
        z.strictObject({
          sha256: sha256(),
          size: z.int().min(0),
          mediaType: z.string().max(255),
        }),
      )
      .max(10_000),
  }),
  signature: z.string().max(100),
  records: z.array(recordSchema).max(100_000),
  attachments: z.array(z.strictObject({ sha256: sha256(), contentBase64: z.string() })).max(10_000),
});

const packageSchema = z.union([
  packageV1Schema,
  packageV1Schema.extend({ version: z.literal(2), checkpoint: checkpointSchema }),
]);

/** Reads a package file; refuses anything but the one valid spelling of a version 1 or 2 package. */
export function decodePackage(bytes: Uint8Array): ExchangePackage {
  let value: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    throw exchangeErrors.tampered('文件无法读取，不是完整的交换包');
  }
  const header = value as { format?: unknown; version?: unknown } | null;
  if (
    header?.format === packageFormat &&
    typeof header.version === 'number' &&
    header.version > packageVersion
  ) {
    throw exchangeErrors.unsupportedVersion(header.version);
  }
  const parsed = packageSchema.safeParse(value);
  if (!parsed.success) throw exchangeErrors.tampered('内容格式不符');
  let spelledAgain: string;
  try {
    spelledAgain = encodePackage(parsed.data);
  } catch {
    throw exchangeErrors.tampered('内容格式不符');
  }
  if (spelledAgain !== text) throw exchangeErrors.tampered('内容与规范写法不一致');
  return parsed.data;
}
