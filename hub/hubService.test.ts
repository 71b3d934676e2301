import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerCardText } from '../main/core/exchange/exchangeIdentity.ts';
import { callHeaders, signCall } from '../main/core/exchange/hubProtocol/callSignature.ts';
import { sealParcel, type Parcel } from '../main/core/exchange/hubProtocol/parcel.ts';
import {
  generateSealKeyPair,
  sealKeyStatementHolds,
  signSealKeyStatement,
  type SealKeyStatement,
} from '../main/core/exchange/hubProtocol/sealKeys.ts';
import {
  fingerprintOf,
  generateSigningKeyPair,
  publicKeyFromBase64,
} from '../main/core/exchange/signingKeys.ts';
import { tempFolder } from '../main/core/testing/tempFolder.ts';
import { runHubCommand } from './hubCli.ts';
import { createHubServer, type HubServer } from './server/createHubServer.ts';
import { signedCall, type CallSigner } from './testing/signedCall.ts';
import { startHubForTests, type HubForTests } from './testing/startHubForTests.ts';

interface Installation extends CallSigner {
  readonly name: string;
  readonly publicKey: string;
  readonly seal: ReturnType<typeof generateSealKeyPair>;
  readonly card: string;
}

function makeInstallation(installationId: string, name: string): Installation {
  const keys = generateSigningKeyPair();
  return {
    installationId,
    name,
    publicKey: keys.publicKey,
    privateKey: keys.privateKey,
    seal: generateSealKeyPair(),
    card: peerCardText({ installationId, name, publicKey: keys.publicKey }),
  };
}

const office = makeInstallation('office-xwb', '县人民政府新闻办公室');
const deptA = makeInstallation('dept-jyj', '县教育局');
const deptB = makeInstallation('dept-wjw', '县卫生健康委员会');
const outsider = makeInstallation('dept-unknown', '未登记单位');
const revoked = makeInstallation('dept-old', '已撤销单位');
const deptC = makeInstallation('dept-zfj', '县住房和城乡建设局');

const title = '关于召开全县秋季学期校园安全工作新闻发布会的请示';
let nextSeq = 1;

/** A sealed package from `from` to the office, as the app would post it. */
function parcelTo(recipient: Installation, from: Installation, content = `{"title":"${title}"}`) {
  const seq = nextSeq++;
  return sealParcel(
    {
      from: from.installationId,
      to: recipient.installationId,
      seqFrom: seq,
      seqTo: seq,
      content: Buffer.from(content, 'utf8'),
    },
    recipient.seal.publicKey,
    from.privateKey,
  );
}

let hub: HubForTests;
let db: pg.Pool;
const folder = tempFolder('pw-hub-test-');

const post = (signer: CallSigner, parcel: unknown) =>
  signedCall(hub.url, signer, { method: 'POST', path: '/v1/parcels', body: parcel });
const inbox = (signer: CallSigner, recipient: string, query: string, url = hub.url) =>
  signedCall(url, signer, { method: 'GET', path: `/v1/inbox/${recipient}?${query}` });
const parcelCount = async () =>
  Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM parcels')).rows[0]?.n);

function cli(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runHubCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line) }).then(
    (code) => ({ code, out: out.join('\n'), err: err.join('\n') }),
  );
}

beforeAll(async () => {
  hub = await startHubForTests();
  db = new pg.Pool({ connectionString: hub.databaseUrl, max: 2 });
  // PostgreSQL is restarted in a test: an idle connection's end is expected.
  db.on('error', () => undefined);
  for (const one of [office, deptA, deptB, revoked]) await hub.enrol(one.card);
  await hub.revoke(revoked.installationId);
});

afterAll(async () => {
  await db.end();
  await hub.stopAll();
  folder.remove();
});

describe('enrolment by the hub administrator', () => {
  it('enrols a key card with the CLI, shows its fingerprint, and lists it; revoke marks it', async () => {
    const cardFile = join(folder.path, 'card.txt');
    writeFileSync(cardFile, deptC.card);
    const enrolled = await cli(['enrol', '--database', hub.databaseUrl, '--card', cardFile]);
    expect(enrolled.code).toBe(0);
    expect(enrolled.out).toContain(deptC.name);
    expect(enrolled.out).toContain(fingerprintOf(deptC.publicKey));

    const listed = await cli(['list', '--database', hub.databaseUrl]);
    const line = listed.out.split('\n').find((one) => one.startsWith(deptC.installationId));
    expect(line).toContain(fingerprintOf(deptC.publicKey));
    expect(line).toContain('有效');
    expect(listed.out.split('\n').find((one) => one.startsWith('dept-old'))).toContain('已撤销');

    const status = { method: 'GET', path: '/v1/status' };
    expect((await signedCall(hub.url, deptC, status)).status).toBe(200);
    const revokedNow = await cli([
      'revoke',
      '--database',
      hub.databaseUrl,
      '--installation',
      deptC.installationId,
    ]);
    expect(revokedNow.code).toBe(0);
    const relisted = await cli(['list', '--database', hub.databaseUrl]);
    expect(relisted.out.split('\n').find((one) => one.startsWith(deptC.installationId))).toContain(
      '已撤销',
    );
    expect((await signedCall(hub.url, deptC, status)).json).toMatchObject({ error: 'revoked' });

    writeFileSync(cardFile, '{"installationId":"x"}');
    const bad = await cli(['enrol', '--database', hub.databaseUrl, '--card', cardFile]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('名片');
    const missing = await cli(['revoke', '--database', hub.databaseUrl, '--installation', 'nope']);
    expect(missing.code).toBe(1);
  });

  it('answers status to an enrolled installation and relays a seal key statement unchanged', async () => {
    const status = await signedCall(hub.url, office, { method: 'GET', path: '/v1/status' });
    expect(status).toMatchObject({
      status: 200,
      json: { installationId: office.installationId, name: office.name },
    });
    const statement = signSealKeyStatement(
      {
        installationId: office.installationId,
        sealKey: office.seal.publicKey,
        createdAt: new Date().toISOString(),
      },
      office.privateKey,
    );
    const forged = { ...statement, sealKey: generateSealKeyPair().publicKey };
    const refused = await signedCall(hub.url, office, {
      method: 'PUT',
      path: '/v1/seal-key',
      body: forged,
    });
    expect(refused.json).toMatchObject({ error: 'bad_statement' });
    const put = await signedCall(hub.url, office, {
      method: 'PUT',
      path: '/v1/seal-key',
      body: statement,
    });
    expect(put).toMatchObject({ status: 200, json: { ok: true } });
    const got = await signedCall(hub.url, deptA, {
      method: 'GET',
      path: `/v1/seal-keys/${office.installationId}`,
    });
    expect(got.json).toEqual(statement);
    const officeKey = publicKeyFromBase64(office.publicKey);
    expect(officeKey && sealKeyStatementHolds(got.json as SealKeyStatement, officeKey)).toBe(true);
    const none = await signedCall(hub.url, deptA, {
      method: 'GET',
      path: `/v1/seal-keys/${deptB.installationId}`,
    });
    expect(none).toMatchObject({ status: 404, json: { error: 'no_seal_key' } });
  });
});

describe('refusals: nothing is stored', () => {
  it('refuses an unenrolled, a revoked, a stale, a badly signed and a replayed call', async () => {
    const before = await parcelCount();
    const expectRefused = (result: { status: number; json: unknown }, code: string) => {
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({ error: code });
      expect((result.json as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
    };
    expectRefused(await post(outsider, parcelTo(office, outsider)), 'not_enrolled');
    expectRefused(await post(revoked, parcelTo(office, revoked)), 'revoked');
    const stale = await signedCall(
      hub.url,
      deptA,
      { method: 'POST', path: '/v1/parcels', body: parcelTo(office, deptA) },
      { now: new Date(Date.now() - 6 * 60_000) },
    );
    expectRefused(stale, 'stale');
    const impostor = { installationId: deptA.installationId, privateKey: deptB.privateKey };
    expectRefused(await post(impostor, parcelTo(office, deptA)), 'bad_signature');
    expect(await parcelCount()).toBe(before);

    const parcel = parcelTo(office, deptA);
    const first = await post(deptA, parcel);
    expect(first.status).toBe(201);
    const replay = await signedCall(
      hub.url,
      deptA,
      { method: 'POST', path: '/v1/parcels', body: parcel },
      { headers: first.headers },
    );
    expectRefused(replay, 'replayed');
    expect(await parcelCount()).toBe(before + 1);
  });

  it('refuses a parcel with one byte of its sealed text changed, or not sent by the caller', async () => {
    const before = await parcelCount();
    const parcel = parcelTo(office, deptA);
    const bytes = Buffer.from(parcel.ciphertext, 'base64');
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    const changed: Parcel = { ...parcel, ciphertext: bytes.toString('base64') };
    const tampered = await post(deptA, changed);
    expect(tampered).toMatchObject({ status: 400, json: { error: 'bad_parcel_signature' } });

    const notTheirs = await post(deptB, parcel);
    expect(notTheirs).toMatchObject({ status: 403, json: { error: 'wrong_sender' } });
    const toRevoked = await post(deptA, parcelTo(revoked, deptA));
    expect(toRevoked).toMatchObject({ status: 400, json: { error: 'unknown_recipient' } });
    const malformed = await post(deptA, { ...parcel, extra: 1 });
    expect(malformed).toMatchObject({ status: 400, json: { error: 'bad_parcel' } });
    const oversized = await signedCall(hub.url, deptA, {
      method: 'PUT',
      path: '/v1/seal-key',
      body: { padding: 'x'.repeat(70 * 1024) },
    });
    expect(oversized).toMatchObject({ status: 413, json: { error: 'too_large' } });
    expect(await parcelCount()).toBe(before);
  });

  it("refuses a third installation reading or acknowledging another's inbox", async () => {
    const read = await inbox(deptB, office.installationId, 'after=0');
    expect(read).toMatchObject({ status: 403, json: { error: 'not_yours' } });
    const ack = await signedCall(hub.url, deptB, {
      method: 'POST',
      path: `/v1/inbox/${office.installationId}/ack`,
      body: { ids: ['0'.repeat(64)] },
    });
    expect(ack).toMatchObject({ status: 403, json: { error: 'not_yours' } });
  });
});

interface InboxAnswer {
  parcels: { position: number; id: string; parcel: Parcel; receivedAt: string }[];
  cursor: number;
}

describe('delivery', () => {
  it('stores a parcel posted twice once, and delivers it in position order', async () => {
    const parcel = parcelTo(office, deptA);
    const first = await post(deptA, parcel);
    const again = await post(deptA, parcel);
    expect(first).toMatchObject({ status: 201, json: { duplicate: false } });
    expect(again).toMatchObject({ status: 200, json: { duplicate: true } });
    const { id, position } = first.json as { id: string; position: number };
    expect(again.json).toMatchObject({ id, position });
    const rows = await db.query('SELECT 1 FROM parcels WHERE id = $1', [id]);
    expect(rows.rowCount).toBe(1);

    const answer = (await inbox(office, office.installationId, 'after=0')).json as InboxAnswer;
    const positions = answer.parcels.map((one) => one.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(answer.parcels.find((one) => one.id === id)?.parcel).toEqual(parcel);
    expect(answer.cursor).toBe(positions.at(-1));
  });

  it('wakes a long-poll on another hub process of the same database when a parcel arrives', async () => {
    const second: HubServer = await createHubServer({
      databaseUrl: hub.databaseUrl,
      log: () => undefined,
    });
    await new Promise<void>((resolve) => second.server.listen(0, '127.0.0.1', resolve));
    const address = second.server.address();
    const secondUrl = `http://127.0.0.1:${String(typeof address === 'object' && address?.port)}`;
    try {
      const current = (await inbox(office, office.installationId, 'after=0')).json as InboxAnswer;
      const path = `/v1/inbox/${office.installationId}?after=${String(current.cursor)}&wait=30`;
      const headers = signCall({ method: 'GET', path, body: Buffer.alloc(0) }, office, new Date());
      let answered = false;
      const waiting = signedCall(secondUrl, office, { method: 'GET', path }, { headers }).finally(
        () => (answered = true),
      );
      // The waiting call has passed its checks once its nonce is recorded: then post.
      const nonce = headers[callHeaders.nonce];
      const seen = async () =>
        (await db.query('SELECT 1 FROM nonces WHERE nonce = $1', [nonce])).rowCount === 1;
      while (!answered && !(await seen())) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const parcel = parcelTo(office, deptB);
      const posted = await post(deptB, parcel);
      expect(posted.status).toBe(201);
      const answer = (await waiting).json as InboxAnswer;
      expect(answer.parcels.map((one) => one.id)).toEqual([(posted.json as { id: string }).id]);
    } finally {
      await second.close();
    }
  });

  it('does not deliver acknowledged parcels again', async () => {
    const posted = await post(deptA, parcelTo(office, deptA));
    const id = (posted.json as { id: string }).id;
    const before = (await inbox(office, office.installationId, 'after=0')).json as InboxAnswer;
    expect(before.parcels.map((one) => one.id)).toContain(id);
    const ids = before.parcels.map((one) => one.id);
    const ack = await signedCall(hub.url, office, {
      method: 'POST',
      path: `/v1/inbox/${office.installationId}/ack`,
      body: { ids },
    });
    expect(ack.json).toEqual({ acknowledged: ids.length });
    const after = (await inbox(office, office.installationId, 'after=0')).json as InboxAnswer;
    expect(after.parcels).toEqual([]);
  });
});

describe('durability and confidentiality', () => {
  it('loses nothing answered 201 when the hub and PostgreSQL are SIGKILLed mid-stream', async () => {
    const parcels = Array.from({ length: 24 }, () => parcelTo(office, deptA));
    const answered: string[] = [];
    let settled = 0;
    let killed: Promise<void> | null = null;
    const posts = parcels.map((parcel) =>
      post(deptA, parcel).then(
        (result) => {
          if (result.status === 201) answered.push((result.json as { id: string }).id);
          settled += 1;
          if (settled === 6) killed = hub.killHub();
        },
        () => undefined,
      ),
    );
    await Promise.all(posts);
    await (killed ?? hub.killHub());
    expect(answered.length).toBeGreaterThanOrEqual(6);

    await hub.killPostgres();
    await hub.restartPostgres();
    await hub.restartHub();
    const held = new Set<string>();
    let cursor = 0;
    for (;;) {
      const page = (await inbox(office, office.installationId, `after=${String(cursor)}`))
        .json as InboxAnswer;
      if (page.parcels.length === 0) break;
      for (const one of page.parcels) held.add(one.id);
      cursor = page.cursor;
    }
    expect(answered.filter((id) => !held.has(id))).toEqual([]);
    // Posting everything again (what a sender does after an outage) stores nothing twice.
    const again = await Promise.all(parcels.map((parcel) => post(deptA, parcel)));
    expect(again.every((one) => one.status === 200 || one.status === 201)).toBe(true);
    const ids = again.map((one) => (one.json as { id: string }).id);
    const stored = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM parcels WHERE id = ANY($1::text[])',
      [ids],
    );
    expect(Number(stored.rows[0]?.n)).toBe(parcels.length);

    // PostgreSQL restarting under a running hub: at worst a call is answered 503 (the client
    // tries again), and then the hub carries on without being restarted itself.
    await hub.restartPostgres();
    const later = parcelTo(office, deptA);
    let result = await post(deptA, later);
    for (let attempt = 0; result.status === 503 && attempt < 20; attempt += 1) {
      result = await post(deptA, later);
    }
    expect(result.status).toBe(201);
  });

  it("keeps no plaintext of a sealed record in the hub's database", async () => {
    const secret = '县政府关于城区学校周边交通整治情况的新闻通稿（内部）';
    const posted = await post(deptA, parcelTo(office, deptA, JSON.stringify({ title: secret })));
    expect(posted.status).toBe(201);
    const dump = await hub.dumpDatabase();
    expect(dump).toContain((posted.json as { id: string }).id);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(title);
    expect(dump).not.toContain(Buffer.from(secret, 'utf8').toString('base64').slice(0, 16));
  });
});
