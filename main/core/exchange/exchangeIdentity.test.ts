import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { inTransaction } from '../db/transaction.ts';
import { callAs, setUpInstallation } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  ensureKeyPair,
  exchangeIdentity,
  parsePeerCard,
  peerCardText,
} from './exchangeIdentity.ts';
import { refusal } from './exchangeTestbed.ts';
import { appendOutgoingRecord } from './outgoingRecords.ts';
import { fingerprintOf, generateSigningKeyPair } from './signingKeys.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
const clock = new Date('2026-11-27T09:00:00+08:00');

beforeEach(() => {
  folder = tempFolder();
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
});
afterEach(() => {
  core.close();
  folder.remove();
});

const auditActions = () =>
  core.db
    .prepare('SELECT action FROM audit_log ORDER BY seq')
    .all()
    .map((row) => row['action']);

describe('the installation key', () => {
  it('is refused before first-run setup, when there is no installation id', () => {
    expect(refusal(() => ensureKeyPair(core.db, null, clock)).code).toBe('exchange_not_set_up');
  });

  it('is created on first need, once, and audited', async () => {
    await setUpInstallation(core);
    const first = ensureKeyPair(core.db, null, clock);
    const again = ensureKeyPair(core.db, null, clock);
    expect(again).toEqual(first);
    expect(Buffer.from(first.publicKey, 'base64')).toHaveLength(32);
    expect(auditActions().filter((action) => action === 'exchange.identity.create')).toHaveLength(
      1,
    );
  });

  it('has a fingerprint of 8 groups of 4 hex digits from the SHA-256 of the raw key', () => {
    const { publicKey } = generateSigningKeyPair();
    const fingerprint = fingerprintOf(publicKey);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
    expect(fingerprint.replaceAll(' ', '')).toBe(digest.slice(0, 32).toUpperCase());
  });
});

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The same 32 bytes spelled differently: the last character's unused low bit flipped. */
function otherSpelling(base64: string): string {
  const index = alphabet.indexOf(base64.at(-2) ?? '');
  const spelled = `${base64.slice(0, -2)}${alphabet[index ^ 1]}=`;
  expect(Buffer.from(spelled, 'base64')).toEqual(Buffer.from(base64, 'base64'));
  return spelled;
}

describe('the peer card', () => {
  it('round-trips: what one installation shows is what the other reads', async () => {
    await setUpInstallation(core);
    const identity = exchangeIdentity(core.db, null, clock);
    const card = parsePeerCard(identity.card);
    expect(card).toEqual({
      installationId: identity.installationId,
      name: '测试县人民政府新闻办公室',
      publicKey: ensureKeyPair(core.db, null, clock).publicKey,
    });
    expect(fingerprintOf(card.publicKey)).toBe(identity.fingerprint);
    expect(peerCardText(card)).toBe(identity.card);
    // The key card's date is when the key was made, not when the card is shown.
    const nextDay = new Date(clock.getTime() + 86_400_000);
    expect(exchangeIdentity(core.db, null, nextDay).keyCreatedAt).toBe(identity.keyCreatedAt);
    expect(Date.parse(identity.keyCreatedAt)).toBeLessThanOrEqual(clock.getTime());
  });

  it('is refused when it is not a whole card or its key is not an Ed25519 key', () => {
    const { publicKey } = generateSigningKeyPair();
    const good = { installationId: 'abc-123', name: '某局', publicKey };
    const bad = [
      '{"installationId":',
      JSON.stringify({ ...good, extra: 1 }),
      JSON.stringify({ ...good, publicKey: Buffer.alloc(31).toString('base64') }),
      JSON.stringify({ ...good, publicKey: otherSpelling(publicKey) }),
      JSON.stringify({ ...good, installationId: '../x' }),
    ];
    for (const text of bad)
      expect(refusal(() => parsePeerCard(text)).code, text).toBe('exchange_bad_card');
    expect(parsePeerCard(JSON.stringify(good))).toEqual(good);
  });

  it('is refused, naming the problem, when its office name hides characters', () => {
    const { publicKey } = generateSigningKeyPair();
    const cases = [
      ['某\u202E局', '改变文字方向'],
      ['某\u200B局', '不可见'],
      ['某\u0000局', '控制字符'],
      ['  ', '不能为空'],
    ] as const;
    for (const [name, words] of cases) {
      const error = refusal(() =>
        parsePeerCard(JSON.stringify({ installationId: 'a', name, publicKey })),
      );
      expect(error.code, JSON.stringify(name)).toBe('exchange_bad_card');
      expect(error.message, JSON.stringify(name)).toContain(words);
    }
    expect(
      parsePeerCard(JSON.stringify({ installationId: 'a', name: ' 某局 ', publicKey })).name,
    ).toBe('某局');
  });
});

describe('appending an outgoing record', () => {
  it('must run inside the caller’s transaction and goes only to a registered peer', async () => {
    const admin = await setUpInstallation(core);
    const other = generateSigningKeyPair();
    const peerCard = peerCardText({
      installationId: 'peer-1',
      name: '县教育体育局',
      publicKey: other.publicKey,
    });
    const outgoing = { kind: 'test.note', to: 'peer-1', refs: {}, payload: {} };
    expect(() => appendOutgoingRecord(core.db, outgoing, clock)).toThrow(/inside the transaction/);
    expect(
      refusal(() => inTransaction(core.db, () => appendOutgoingRecord(core.db, outgoing, clock)))
        .code,
    ).toBe('exchange_unknown_peer');

    await callAs(core, admin, 'exchange:registerPeer', { card: peerCard, unitId: null });
    const records = inTransaction(core.db, () => [
      appendOutgoingRecord(core.db, outgoing, clock),
      appendOutgoingRecord(core.db, outgoing, clock),
    ]);
    expect(records.map((record) => record.seq)).toEqual([1, 2]);
    expect(() => core.db.prepare('DELETE FROM exchange_records').run()).toThrow(/append-only/);
    expect(() => core.db.prepare("UPDATE exchange_records SET kind = 'x'").run()).toThrow(
      /append-only/,
    );

    await callAs(core, admin, 'exchange:revokePeer', { installationId: 'peer-1' });
    expect(
      refusal(() => inTransaction(core.db, () => appendOutgoingRecord(core.db, outgoing, clock)))
        .code,
    ).toBe('exchange_unknown_peer');
  });
});
