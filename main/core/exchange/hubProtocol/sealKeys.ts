import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
import { decodeBase64Strict, signatureHolds, signBytes } from '../signingKeys.ts';

/**
 * The X25519 key an installation receives sealed parcels with. Its public half reaches senders
 * through the hub as a statement signed by the installation's Ed25519 key, so the hub (which
 * only relays it) cannot put a key of its own in its place: a sender checks the statement
 * against the key card it registered by hand.
 */
export interface StoredSealKeyPair {
  /** Raw 32-byte X25519 public key, base64. */
  readonly publicKey: string;
  /** PKCS#8 DER, base64. */
  readonly privateKey: string;
}

export interface SealKeyStatement {
  readonly installationId: string;
  readonly sealKey: string;
  readonly createdAt: string;
  /** Ed25519 signature of the installation over the other three fields' canonical JSON. */
  readonly signature: string;
}

export function generateSealKeyPair(): StoredSealKeyPair {
  const pair = generateKeyPairSync('x25519');
  return {
    publicKey: rawX25519(pair.publicKey).toString('base64'),
    privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

export function rawX25519(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('not an X25519 key');
  return Buffer.from(x, 'base64url');
}

/** An X25519 public key from its base64 raw form, or null if it is not one. */
export function sealPublicKeyFromBase64(text: string): KeyObject | null {
  const raw = decodeBase64Strict(text);
  if (raw?.length !== 32) return null;
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

export const sealPrivateKey = (privateKeyBase64: string): KeyObject =>
  createPrivateKey({ key: Buffer.from(privateKeyBase64, 'base64'), format: 'der', type: 'pkcs8' });

const statementBytes = (statement: Omit<SealKeyStatement, 'signature'>): Buffer =>
  Buffer.from(
    canonicalJson({
      purpose: 'press-workbench seal key',
      installationId: statement.installationId,
      sealKey: statement.sealKey,
      createdAt: statement.createdAt,
    }),
    'utf8',
  );

export function signSealKeyStatement(
  content: Omit<SealKeyStatement, 'signature'>,
  signingPrivateKey: string,
): SealKeyStatement {
  return { ...content, signature: signBytes(signingPrivateKey, statementBytes(content)) };
}

/** True when the statement names a valid X25519 key and `signingKey` signed it. */
export function sealKeyStatementHolds(statement: SealKeyStatement, signingKey: KeyObject): boolean {
  return (
    sealPublicKeyFromBase64(statement.sealKey) !== null &&
    signatureHolds(signingKey, statementBytes(statement), statement.signature)
  );
}
