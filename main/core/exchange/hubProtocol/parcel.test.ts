import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, publicKeyFromBase64 } from '../signingKeys.ts';
import { callSignatureHolds, callTimeFresh, callHeaders, signCall } from './callSignature.ts';
import { openParcel, parcelId, parcelSchema, parcelSignatureHolds, sealParcel } from './parcel.ts';
import { generateSealKeyPair, sealKeyStatementHolds, signSealKeyStatement } from './sealKeys.ts';

const sender = generateSigningKeyPair();
const senderKey = publicKeyFromBase64(sender.publicKey);
const recipientSeal = generateSealKeyPair();
const content = Buffer.from('{"format":"press-workbench-package","title":"第四季度新闻发布会"}');
const toSeal = { from: 'dept-a', to: 'office', seqFrom: 3, seqTo: 5, content };

describe('a sealed parcel', () => {
  it('opens with the recipient key to exactly the sealed bytes, and holds the sender signature', () => {
    const parcel = sealParcel(toSeal, recipientSeal.publicKey, sender.privateKey);
    expect(parcelSchema.parse(parcel)).toEqual(parcel);
    expect(senderKey && parcelSignatureHolds(parcel, senderKey)).toBe(true);
    expect(openParcel(parcel, recipientSeal)?.equals(content)).toBe(true);
    expect(parcel.ciphertext).not.toContain(content.toString('base64').slice(0, 12));
    expect(Buffer.from(parcel.ciphertext, 'base64').includes(Buffer.from('第四季度'))).toBe(false);
    expect(parcelId(parcel)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not open for another key, nor after a byte of the sealed text or header changed', () => {
    const parcel = sealParcel(toSeal, recipientSeal.publicKey, sender.privateKey);
    expect(openParcel(parcel, generateSealKeyPair())).toBeNull();
    const bytes = Buffer.from(parcel.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const flipped = { ...parcel, ciphertext: bytes.toString('base64') };
    expect(openParcel(flipped, recipientSeal)).toBeNull();
    expect(senderKey && parcelSignatureHolds(flipped, senderKey)).toBe(false);
    const rerouted = { ...parcel, to: 'dept-b' };
    expect(openParcel(rerouted, recipientSeal)).toBeNull();
    expect(senderKey && parcelSignatureHolds(rerouted, senderKey)).toBe(false);
  });

  it('is refused by the signature check of any other installation key', () => {
    const parcel = sealParcel(toSeal, recipientSeal.publicKey, sender.privateKey);
    const other = publicKeyFromBase64(generateSigningKeyPair().publicKey);
    expect(other && parcelSignatureHolds(parcel, other)).toBe(false);
  });
});

describe('a seal key statement', () => {
  it('holds for the signing key that made it and for no other, nor once the key is swapped', () => {
    const statement = signSealKeyStatement(
      {
        installationId: 'office',
        sealKey: recipientSeal.publicKey,
        createdAt: '2026-12-06T02:00:00.000Z',
      },
      sender.privateKey,
    );
    expect(senderKey && sealKeyStatementHolds(statement, senderKey)).toBe(true);
    const swapped = { ...statement, sealKey: generateSealKeyPair().publicKey };
    expect(senderKey && sealKeyStatementHolds(swapped, senderKey)).toBe(false);
    const other = publicKeyFromBase64(generateSigningKeyPair().publicKey);
    expect(other && sealKeyStatementHolds(statement, other)).toBe(false);
  });
});

describe('a signed hub call', () => {
  const now = new Date('2026-12-06T02:00:00.000Z');
  const body = Buffer.from('{"after":0}');
  const headers = signCall(
    { method: 'POST', path: '/v1/parcels', body },
    { installationId: 'dept-a', privateKey: sender.privateKey },
    now,
  );
  const parts = {
    method: 'POST',
    path: '/v1/parcels',
    time: headers[callHeaders.time] ?? '',
    nonce: headers[callHeaders.nonce] ?? '',
    body,
  };
  const signature = headers[callHeaders.signature] ?? '';

  it('holds as sent, and not for another path, body or time', () => {
    expect(senderKey && callSignatureHolds(parts, signature, senderKey)).toBe(true);
    expect(
      senderKey && callSignatureHolds({ ...parts, path: '/v1/inbox/x' }, signature, senderKey),
    ).toBe(false);
    expect(
      senderKey && callSignatureHolds({ ...parts, body: Buffer.from('{}') }, signature, senderKey),
    ).toBe(false);
    expect(
      senderKey &&
        callSignatureHolds({ ...parts, time: '2026-12-06T02:00:01.000Z' }, signature, senderKey),
    ).toBe(false);
  });

  it('is fresh within five minutes and stale after', () => {
    expect(callTimeFresh(parts.time, new Date(now.getTime() + 4 * 60_000))).toBe(true);
    expect(callTimeFresh(parts.time, new Date(now.getTime() + 6 * 60_000))).toBe(false);
    expect(callTimeFresh('yesterday', now)).toBe(false);
  });
});
