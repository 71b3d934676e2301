import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { sha256Hex } from '../attachments/attachmentStore.ts';
import { signatureHolds, signBytes } from './signingKeys.ts';

/** The `prev` of the first record of a stream. */
export const firstPrev = '0'.repeat(64);

/** Record kinds are dotted lower-camel words: 'request.submitted', 'request.decided'. */
export const recordKindPattern = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;
export const recordKindMaxLength = 64;

/** Bounds a receiver enforces; the sender checks them too, so what it signs can be received. */
export const recordLimits = { refKeyLength: 64, refValueLength: 200, attachments: 1000 } as const;

/** What a record says; its id and signature are computed over exactly these fields. */
export interface RecordContent {
  /** What happened, e.g. 'request.submitted'; the importer applies it with the applier of this kind. */
  readonly kind: string;
  /** The installation that wrote and signed the record. */
  readonly origin: string;
  /** The installation it is for: each (origin, to) pair is one gapless stream. */
  readonly to: string;
  /** Position in the stream, from 1. */
  readonly seq: number;
  /** Id of the previous record of the stream (`firstPrev` for seq 1). */
  readonly prev: string;
  /** What the record concerns, e.g. `{ requestId }`. */
  readonly refs: Readonly<Record<string, string>>;
  readonly payload: unknown;
  /** SHA-256 of every attachment the record names; a package carries them with it. */
  readonly attachments: readonly string[];
}

export interface ExchangeRecord extends RecordContent {
  /** SHA-256 (hex) of the canonical JSON of the content. */
  readonly id: string;
  /** Ed25519 signature of the origin over the same bytes, base64. */
  readonly signature: string;
}

function signedBytes(record: RecordContent): Buffer {
  const { kind, origin, to, seq, prev, refs, payload, attachments } = record;
  return Buffer.from(
    canonicalJson({ kind, origin, to, seq, prev, refs, payload, attachments }),
    'utf8',
  );
}

/** JSON as it will be read back on the other side (no undefined, no Dates, no -0). */
const asTransmitted = (value: unknown): unknown => JSON.parse(canonicalJson(value));

export function sealRecord(content: RecordContent, privateKey: string): ExchangeRecord {
  const sealed: RecordContent = {
    ...content,
    refs: asTransmitted(content.refs) as Record<string, string>,
    payload: asTransmitted(content.payload),
    attachments: [...new Set(content.attachments)].sort(),
  };
  const bytes = signedBytes(sealed);
  return { ...sealed, id: sha256Hex(bytes), signature: signBytes(privateKey, bytes) };
}

/** True when the record's id is the hash of its content and its origin's key signed that content. */
export function recordHolds(record: ExchangeRecord, originKey: KeyObject): boolean {
  const bytes = signedBytes(record);
  return sha256Hex(bytes) === record.id && signatureHolds(originKey, bytes, record.signature);
}

/** Exactly the fields that travel: a held record may carry more (position, direction, …). */
export const envelopeOf = (record: ExchangeRecord): ExchangeRecord => ({
  id: record.id,
  kind: record.kind,
  origin: record.origin,
  to: record.to,
  seq: record.seq,
  prev: record.prev,
  refs: record.refs,
  payload: record.payload,
  attachments: record.attachments,
  signature: record.signature,
});
