import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { sha256Hex } from '../attachments/attachmentStore.ts';
import { firstPrev, recordHolds, sealRecord, type ExchangeRecord } from './exchangeRecord.ts';
import { generateSigningKeyPair, publicKeyFromBase64 } from './signingKeys.ts';

const keys = generateSigningKeyPair();
const publicKey = publicKeyFromBase64(keys.publicKey);
if (!publicKey) throw new Error('generated key does not load');

/** A chain of `count` records from one origin to one recipient, as the sender would write it. */
function chain(count: number): ExchangeRecord[] {
  const records: ExchangeRecord[] = [];
  for (let seq = 1; seq <= count; seq++) {
    records.push(
      sealRecord(
        {
          kind: 'request.submitted',
          origin: 'origin-installation',
          to: 'news-office',
          seq,
          prev: records.at(-1)?.id ?? firstPrev,
          refs: { requestId: `r${seq}` },
          payload: { title: `发布会 ${seq}`, attendees: [seq, null] },
          attachments: [],
        },
        keys.privateKey,
      ),
    );
  }
  return records;
}

describe('records', () => {
  it('form a chain: seq from 1, each prev the id of the one before, each signed', () => {
    const records = chain(3);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(records[0]?.prev).toBe(firstPrev);
    expect(records[1]?.prev).toBe(records[0]?.id);
    expect(records[2]?.prev).toBe(records[1]?.id);
    for (const record of records) expect(recordHolds(record, publicKey)).toBe(true);
  });

  it('have as id the SHA-256 of the canonical JSON of everything but id and signature', () => {
    const [record] = chain(1);
    if (!record) throw new Error('no record');
    const { id, signature, ...content } = record;
    expect(id).toBe(sha256Hex(Buffer.from(canonicalJson(content))));
    expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  });

  it('do not verify once anything signed is changed, or against another key', () => {
    const [record] = chain(1);
    if (!record) throw new Error('no record');
    const changed: ExchangeRecord[] = [
      { ...record, payload: { title: '发布会 2', attendees: [1, null] } },
      { ...record, seq: 2 },
      { ...record, prev: record.id },
      { ...record, refs: { requestId: 'r2' } },
      { ...record, to: 'someone-else' },
      { ...record, attachments: ['0'.repeat(64)] },
    ];
    for (const other of changed) expect(recordHolds(other, publicKey)).toBe(false);
    const otherKey = generateKeyPairSync('ed25519').publicKey;
    expect(recordHolds(record, otherKey)).toBe(false);
  });

  it('carry the payload as it will be read on the other side', () => {
    const record = sealRecord(
      {
        kind: 'request.submitted',
        origin: 'a',
        to: 'b',
        seq: 1,
        prev: firstPrev,
        refs: { requestId: 'r1' },
        payload: { kept: 1, dropped: undefined, negativeZero: -0 },
        attachments: ['b'.repeat(64), 'a'.repeat(64), 'b'.repeat(64)],
      },
      keys.privateKey,
    );
    expect(record.payload).toEqual({ kept: 1, negativeZero: 0 });
    expect(record.attachments).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    expect(recordHolds(JSON.parse(JSON.stringify(record)) as ExchangeRecord, publicKey)).toBe(true);
  });
});
