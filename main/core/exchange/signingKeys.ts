import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** An Ed25519 key pair as stored: the raw 32-byte public key and the PKCS#8 private key, base64. */
export interface StoredKeyPair {
  readonly publicKey: string;
  readonly privateKey: string;
}

export function generateSigningKeyPair(): StoredKeyPair {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: rawPublicKey(pair.publicKey).toString('base64'),
    privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('not an Ed25519 public key');
  return Buffer.from(x, 'base64url');
}

/**
 * Base64 that decodes to exactly the given text when encoded again. Node's decoder skips what it
 * does not understand, so without this check two different texts could carry the same bytes.
 */
export function decodeBase64Strict(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

/** A public key from its base64 raw form, or null if it is not a valid Ed25519 key. */
export function publicKeyFromBase64(text: string): KeyObject | null {
  const raw = decodeBase64Strict(text);
  if (raw?.length !== 32) return null;
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

export function signBytes(privateKey: string, message: Uint8Array): string {
  const key = createPrivateKey({
    key: Buffer.from(privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return sign(null, message, key).toString('base64');
}

export function signatureHolds(
  publicKey: KeyObject,
  message: Uint8Array,
  signature: string,
): boolean {
  const bytes = decodeBase64Strict(signature);
  if (bytes?.length !== 64) return false;
  return verify(null, message, publicKey, bytes);
}

/**
 * What administrators read to each other by phone: SHA-256 of the raw public key, its first 16
 * bytes as eight groups of four uppercase hex digits.
 */
export function fingerprintOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
  return digest.slice(0, 32).toUpperCase().match(/.{4}/g)?.join(' ') ?? '';
}
