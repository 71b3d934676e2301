import {
  createCipheriv,
  createDecipheriv,
  createHash,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
import { installationIdSchema } from '../exchangeIdentity.ts';
import { decodeBase64Strict, signatureHolds, signBytes } from '../signingKeys.ts';
import { rawX25519, sealPrivateKey, sealPublicKeyFromBase64 } from './sealKeys.ts';

/**
 * What travels through the hub: one package file (the same signed manifest, records and
 * attachments as a .pwpkg carried by hand) sealed to its recipient. The sender makes a one-time
 * X25519 key, agrees a secret with the recipient's seal key, derives an AES-256-GCM key with
 * HKDF-SHA256 and encrypts the package; the routing header is authenticated data. The sender's
 * Ed25519 signature covers the header and the sealed bytes, so the hub can check who sent a
 * parcel and to whom without being able to read it, and the recipient opens only what the sender
 * signed. The parcel's id is the SHA-256 of those signed bytes.
 */
export const parcelVersion = 1;
export const maxParcelBytes = 64 * 1024 * 1024;

const base64 = z.string().max(maxParcelBytes * 2);
export const parcelSchema = z.strictObject({
  v: z.literal(parcelVersion),
  from: installationIdSchema,
  to: installationIdSchema,
  /** The records' positions in the sender's stream to `to`: routing data, not content. */
  seqFrom: z.number().int().positive(),
  seqTo: z.number().int().positive(),
  epk: z.string().max(64),
  nonce: z.string().max(32),
  ciphertext: base64,
  signature: z.string().max(128),
});

export type Parcel = z.infer<typeof parcelSchema>;
type ParcelHeader = Pick<Parcel, 'v' | 'from' | 'to' | 'seqFrom' | 'seqTo' | 'epk'>;

const headerOf = (parcel: ParcelHeader): ParcelHeader => ({
  v: parcel.v,
  from: parcel.from,
  to: parcel.to,
  seqFrom: parcel.seqFrom,
  seqTo: parcel.seqTo,
  epk: parcel.epk,
});

const signedBytes = (parcel: Omit<Parcel, 'signature'>): Buffer =>
  Buffer.from(
    canonicalJson({ ...headerOf(parcel), nonce: parcel.nonce, ciphertext: parcel.ciphertext }),
    'utf8',
  );

export const parcelId = (parcel: Parcel): string =>
  createHash('sha256').update(signedBytes(parcel)).digest('hex');

function aeadKey(shared: Buffer, epk: Buffer, recipientKey: Buffer, header: ParcelHeader): Buffer {
  const info = `press-workbench parcel ${String(header.v)} ${header.from} ${header.to}`;
  return Buffer.from(
    hkdfSync('sha256', shared, Buffer.concat([epk, recipientKey]), Buffer.from(info, 'utf8'), 32),
  );
}

export interface ParcelToSeal {
  readonly from: string;
  readonly to: string;
  readonly seqFrom: number;
  readonly seqTo: number;
  /** The package file's bytes. */
  readonly content: Uint8Array;
}

export function sealParcel(
  toSeal: ParcelToSeal,
  recipientSealKey: string,
  senderSigningKey: string,
): Parcel {
  const recipientKey = sealPublicKeyFromBase64(recipientSealKey);
  if (!recipientKey) throw new Error('the recipient seal key is not an X25519 key');
  const ephemeral = generateKeyPairSync('x25519');
  const epk = rawX25519(ephemeral.publicKey);
  const header: ParcelHeader = {
    v: parcelVersion,
    from: toSeal.from,
    to: toSeal.to,
    seqFrom: toSeal.seqFrom,
    seqTo: toSeal.seqTo,
    epk: epk.toString('base64'),
  };
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipientKey });
  const key = aeadKey(shared, epk, Buffer.from(recipientSealKey, 'base64'), header);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(canonicalJson(header), 'utf8'));
  const sealed = Buffer.concat([
    cipher.update(toSeal.content),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const unsigned = {
    ...header,
    nonce: nonce.toString('base64'),
    ciphertext: sealed.toString('base64'),
  };
  return { ...unsigned, signature: signBytes(senderSigningKey, signedBytes(unsigned)) };
}

/** True when the sender's Ed25519 key signed exactly this header and these sealed bytes. */
export const parcelSignatureHolds = (parcel: Parcel, senderKey: KeyObject): boolean =>
  parcel.seqFrom <= parcel.seqTo &&
  signatureHolds(senderKey, signedBytes(parcel), parcel.signature);

/**
 * The package bytes, or null when the parcel was not sealed to this seal key or was changed.
 * Check the signature first: opening proves only that someone sealed it to this key.
 */
export function openParcel(
  parcel: Parcel,
  ownSealKey: { readonly publicKey: string; readonly privateKey: string },
): Buffer | null {
  const epk = decodeBase64Strict(parcel.epk);
  const nonce = decodeBase64Strict(parcel.nonce);
  const sealed = decodeBase64Strict(parcel.ciphertext);
  const epkKey = sealPublicKeyFromBase64(parcel.epk);
  if (!epk || !epkKey || nonce?.length !== 12 || !sealed || sealed.length < 16) return null;
  try {
    const shared = diffieHellman({
      privateKey: sealPrivateKey(ownSealKey.privateKey),
      publicKey: epkKey,
    });
    const key = aeadKey(shared, epk, Buffer.from(ownSealKey.publicKey, 'base64'), parcel);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(canonicalJson(headerOf(parcel)), 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}
