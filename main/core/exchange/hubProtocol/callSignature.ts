import { createHash, randomBytes, type KeyObject } from 'node:crypto';
import { signatureHolds, signBytes } from '../signingKeys.ts';

/**
 * Every call an installation makes to the hub is signed with its Ed25519 key over the method,
 * the path with its query, a timestamp, a one-time nonce and the body's SHA-256. The hub refuses
 * a call whose time is more than `callClockSkewMs` away from its own or whose nonce it has seen.
 */
export const callHeaders = {
  installation: 'x-pw-installation',
  time: 'x-pw-time',
  nonce: 'x-pw-nonce',
  signature: 'x-pw-signature',
} as const;

export const callClockSkewMs = 5 * 60 * 1000;

export interface CallParts {
  readonly method: string;
  /** Path and query exactly as sent, e.g. `/v1/inbox/abc?after=12`. */
  readonly path: string;
  readonly time: string;
  readonly nonce: string;
  readonly body: Uint8Array;
}

export const bodyHash = (body: Uint8Array): string =>
  createHash('sha256').update(body).digest('hex');

export function callBytes(parts: CallParts): Buffer {
  return Buffer.from(
    [
      'press-workbench hub call 1',
      parts.method.toUpperCase(),
      parts.path,
      parts.time,
      parts.nonce,
      bodyHash(parts.body),
    ].join('\n'),
    'utf8',
  );
}

/** The headers that sign one call. */
export function signCall(
  call: { readonly method: string; readonly path: string; readonly body: Uint8Array },
  signer: { readonly installationId: string; readonly privateKey: string },
  now: Date,
): Record<string, string> {
  const time = now.toISOString();
  const nonce = randomBytes(16).toString('hex');
  const signature = signBytes(signer.privateKey, callBytes({ ...call, time, nonce }));
  return {
    [callHeaders.installation]: signer.installationId,
    [callHeaders.time]: time,
    [callHeaders.nonce]: nonce,
    [callHeaders.signature]: signature,
  };
}

export const noncePattern = /^[0-9a-f]{32}$/;

export function callSignatureHolds(parts: CallParts, signature: string, key: KeyObject): boolean {
  return signatureHolds(key, callBytes(parts), signature);
}

/** Whether `time` is an ISO instant within the allowed skew of `now`. */
export function callTimeFresh(time: string, now: Date): boolean {
  const at = Date.parse(time);
  return Number.isFinite(at) && Math.abs(at - now.getTime()) <= callClockSkewMs;
}
