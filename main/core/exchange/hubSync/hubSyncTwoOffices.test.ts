import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubForTests, type HubForTests } from '../../../../hub/testing/startHubForTests.ts';
import { verifyAuditChain } from '../../audit/auditRepository.ts';
import { callAs } from '../../testing/accounts.ts';
import { carry, exchangeOffices, type Side } from '../../testing/exchangeOffices.ts';
import { completeFields } from '../../testing/requests.ts';
import { tempFolder } from '../../testing/tempFolder.ts';
import { buildPackage } from '../buildPackage.ts';
import { generateSealKeyPair, signSealKeyStatement } from '../hubProtocol/sealKeys.ts';
import { generateSigningKeyPair } from '../signingKeys.ts';

/** A department and the news office, both syncing through a real hub on a real PostgreSQL. */
const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let hub: HubForTests;
let department: Side;
let newsOffice: Side;
let drafter: string;
let unitHead: string;
let reviewer: string;

/** Waits (without asserting anything about time) until `check` holds, or gives up after 20 s. */
async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

beforeAll(async () => {
  hub = await startHubForTests();
  ({ department, newsOffice, drafter, unitHead, reviewer } = await exchangeOffices(
    folder.path,
    clock,
  ));
  for (const side of [department, newsOffice]) {
    const { card } = await callAs(side.core, side.admin, 'exchange:identity', {});
    await hub.enrol(card);
  }
});
afterAll(async () => {
  for (const side of [department, newsOffice]) side.core.close();
  await hub.stopAll();
  folder.remove();
});

describe('two offices syncing through the exchange hub', () => {
  it('only an administrator sets the address, and a bad one changes nothing', async () => {
    const denied = await department.core.router.dispatch(
      'exchange:setHubAddress',
      { address: hub.url },
      `web:${drafter}`,
    );
    expect(denied.ok).toBe(false);
    const bad = await department.core.router.dispatch(
      'exchange:setHubAddress',
      { address: 'ftp://hub.example' },
      `web:${department.admin}`,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.ok) expect(bad.error.message).toContain('http://');
    expect(await callAs(department.core, department.admin, 'exchange:hubStatus', {})).toMatchObject(
      { address: null, state: 'off' },
    );
    for (const side of [department, newsOffice]) {
      const status = await callAs(side.core, side.admin, 'exchange:setHubAddress', {
        address: `${hub.url}/`,
      });
      expect(status.address).toBe(hub.url);
    }
    await eventually(
      'both connected',
      () =>
        Promise.all(
          [department, newsOffice].map((side) =>
            callAs(side.core, side.admin, 'exchange:hubStatus', {}),
          ),
        ),
      (states) => states.every((status) => status.state === 'connected'),
    );
  });

  it('carries a request to the news office and its decision back as they change hands, with no package exported, each imported once', async () => {
    const unitId = department.unitIds.get('县教育体育局') ?? '';
    const draft = await callAs(department.core, drafter, 'requests:create', {});
    const requestId = draft.id;
    const saved = await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId,
      revision: 1,
      fields: completeFields(unitId, { title: '经交换中心报送的发布会' }),
    });
    await callAs(department.core, drafter, 'requests:submit', {
      requestId,
      revision: saved.revision,
    });
    await callAs(department.core, unitHead, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意上报',
    });

    const arrived = await eventually(
      'the request at the news office',
      () => newsOffice.core.router.dispatch('requests:get', { requestId }, `web:${reviewer}`),
      (result) => result.ok,
    );
    expect(arrived).toMatchObject({ ok: true, value: { state: 'newsOfficeReview' } });
    // The same records carried by file as well: recognised, nothing applied twice.
    const sent = department.core.db
      .prepare("SELECT id FROM exchange_records WHERE direction = 'sent' ORDER BY seq")
      .all()
      .map((row) => String(row['id']));
    const built = buildPackage(
      department.core.db,
      department.core.folder.attachments,
      { recordIds: sent },
      null,
      clock,
    );
    const file = { fileName: built.fileName, contentBase64: built.bytes.toString('base64') };
    expect(await carry(file, newsOffice, reviewer)).toMatchObject({
      ok: true,
      value: { applied: 0, alreadyImported: true },
    });

    await callAs(newsOffice.core, reviewer, 'requests:decide', {
      requestId,
      decision: 'return',
      comment: '请补充拟邀媒体名单',
    });
    const back = await eventually(
      'the decision at the department',
      () => callAs(department.core, drafter, 'requests:get', { requestId }),
      (request) => request.state === 'returned',
    );
    expect(back.decisions.at(-1)).toMatchObject({ level: 'newsOffice', kind: 'return' });

    const office = await callAs(newsOffice.core, newsOffice.admin, 'exchange:hubStatus', {});
    const { installationId } = await callAs(
      department.core,
      department.admin,
      'exchange:identity',
      {},
    );
    expect(office.peers.find((peer) => peer.installationId === installationId)).toMatchObject({
      waiting: 0,
      received: 1,
    });
    const imports = newsOffice.core.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'exchange.import'")
      .get();
    expect(imports?.['n']).toBe(1);
    for (const side of [department, newsOffice]) {
      expect(verifyAuditChain(side.core.db)).toMatchObject({ intact: true });
    }
  });

  it('refuses to seal to a key the hub offers that the peer did not sign', async () => {
    const { installationId } = await callAs(
      newsOffice.core,
      newsOffice.admin,
      'exchange:identity',
      {},
    );
    const forged = signSealKeyStatement(
      {
        installationId,
        sealKey: generateSealKeyPair().publicKey,
        createdAt: new Date().toISOString(),
      },
      generateSigningKeyPair().privateKey,
    );
    // The hub's operator swaps the news office's statement in the hub's own database.
    const client = new pg.Client({ connectionString: hub.databaseUrl });
    await client.connect();
    await client.query('UPDATE seal_keys SET statement = $1 WHERE installation_id = $2', [
      JSON.stringify(forged),
      installationId,
    ]);
    await client.end();

    const unitId = department.unitIds.get('县教育体育局') ?? '';
    const draft = await callAs(department.core, drafter, 'requests:create', {});
    const saved = await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, { title: '第二场发布会' }),
    });
    await callAs(department.core, drafter, 'requests:submit', {
      requestId: draft.id,
      revision: saved.revision,
    });
    await callAs(department.core, unitHead, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
    const status = await callAs(department.core, department.admin, 'exchange:hubSyncNow', {});
    const peer = status.peers.find((item) => item.installationId === installationId);
    expect(peer).toMatchObject({ waiting: 1 });
    expect(peer?.error).toContain('不是用其登记的签名密钥签署的');
    const refused = await newsOffice.core.router.dispatch(
      'requests:get',
      { requestId: draft.id },
      `web:${reviewer}`,
    );
    expect(refused.ok).toBe(false);
  });
});
