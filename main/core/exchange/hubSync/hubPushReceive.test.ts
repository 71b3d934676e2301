import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/auditRepository.ts';
import type { Core } from '../../createCore.ts';
import { databaseSnapshot } from '../../testing/databaseSnapshot.ts';
import {
  exchangeWorld,
  pack,
  registerCard,
  send,
  unpack,
  type ExchangeWorld,
  type Installation,
} from '../exchangeTestbed.ts';
import { ensureKeyPair } from '../exchangeIdentity.ts';
import { generateSealKeyPair, signSealKeyStatement } from '../hubProtocol/sealKeys.ts';
import { generateSigningKeyPair } from '../signingKeys.ts';
import { hubStatus } from './hubStatus.ts';
import { pushPending } from './hubPush.ts';
import { receiveInbox } from './hubReceive.ts';
import { readHubState, writeHubAddress } from './hubStateRepository.ts';
import type { HubSyncContext } from './hubSyncContext.ts';
import { publishSealKey } from './publishSealKey.ts';
import { memoryHub, type MemoryHub } from './testing/memoryHub.ts';

const clock = new Date('2026-11-27T09:00:00+08:00');
let world: ExchangeWorld;
let department: Installation;
let newsOffice: Installation;
let hub: MemoryHub;

const contextOf = (installation: Installation): HubSyncContext => ({
  db: installation.core.db,
  attachmentsDir: installation.core.folder.attachments,
  appliers: installation.registry.appliers,
  client: hub.clientFor(installation.id),
  now: () => clock,
  alive: () => undefined,
});

const actions = (core: Core) =>
  core.db
    .prepare('SELECT action FROM audit_log ORDER BY seq')
    .all()
    .map((row) => row['action']);
const count = (core: Core, action: string) => actions(core).filter((a) => a === action).length;

beforeEach(async () => {
  world = await exchangeWorld(() => clock);
  ({ department, newsOffice } = world);
  hub = memoryHub();
  for (const installation of [department, newsOffice]) {
    writeHubAddress(installation.core.db, 'http://hub.test');
  }
});
afterEach(() => world.dispose());

describe('records through the hub', () => {
  it('go sealed from a department and are imported once at the news office, file or not', async () => {
    await publishSealKey(contextOf(newsOffice));
    const records = [
      send(department, newsOffice, { noteId: 'n1' }, clock),
      send(department, newsOffice, { kind: 'test.decision', noteId: 'n1' }, clock),
    ];
    expect(hubStatus(department.core.db).peers[0]).toMatchObject({ waiting: 2 });

    expect(await pushPending(contextOf(department))).toEqual({ records: 2, failedPeers: [] });
    expect(hub.parcels).toHaveLength(1);
    expect(hub.parcels[0]?.parcel).toMatchObject({ from: department.id, to: newsOffice.id });
    expect(hub.parcels[0]?.parcel.ciphertext).not.toContain('note n1');
    expect(count(department.core, 'exchange.hub.push')).toBe(1);
    expect(count(department.core, 'exchange.export')).toBe(0);
    expect(hubStatus(department.core.db).peers[0]).toMatchObject({ waiting: 0 });
    expect(await pushPending(contextOf(department))).toEqual({ records: 0, failedPeers: [] });
    expect(hub.parcels).toHaveLength(1);

    const received = await receiveInbox(contextOf(newsOffice), 0);
    expect(received).toEqual({ parcels: 1, applied: 2, held: null });
    expect(count(newsOffice.core, 'test.note.applied')).toBe(1);
    expect(count(newsOffice.core, 'test.decision.applied')).toBe(1);
    expect(readHubState(newsOffice.core.db).inboxCursor).toBe(1);
    expect(hub.acknowledged.has(hub.parcels[0]?.id ?? '')).toBe(true);
    expect(hubStatus(newsOffice.core.db).peers[0]).toMatchObject({ received: 2 });
    const fileName = newsOffice.core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'exchange.import'")
      .get()?.['details'];
    expect(String(fileName)).toContain('交换中心 #1');

    // The same records carried by file change nothing, and a repeated round imports nothing.
    const before = databaseSnapshot(newsOffice.core.db);
    const file = pack(
      department,
      records.map((record) => record.id),
      clock,
    );
    expect(unpack(newsOffice, file.bytes, clock)).toMatchObject({ alreadyImported: true });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
    expect(await receiveInbox(contextOf(newsOffice), 0)).toEqual({
      parcels: 0,
      applied: 0,
      held: null,
    });
    expect(verifyAuditChain(newsOffice.core.db)).toMatchObject({ intact: true });
    expect(verifyAuditChain(department.core.db)).toMatchObject({ intact: true });
  });

  it('records that came by file first are not applied again when they come through the hub', async () => {
    await publishSealKey(contextOf(newsOffice));
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    unpack(newsOffice, pack(department, [record.id], clock).bytes, clock);
    await pushPending(contextOf(department));
    expect(await receiveInbox(contextOf(newsOffice), 0)).toMatchObject({ parcels: 1, applied: 0 });
    expect(count(newsOffice.core, 'test.note.applied')).toBe(1);
    expect(readHubState(newsOffice.core.db).inboxCursor).toBe(1);
  });
});

describe('a seal key the hub offers', () => {
  it('is refused when another key signed it, and nothing is sent', async () => {
    const impostor = generateSigningKeyPair();
    hub.sealKeys.set(
      newsOffice.id,
      signSealKeyStatement(
        {
          installationId: newsOffice.id,
          sealKey: generateSealKeyPair().publicKey,
          createdAt: clock.toISOString(),
        },
        impostor.privateKey,
      ),
    );
    send(department, newsOffice, { noteId: 'n1' }, clock);
    const outcome = await pushPending(contextOf(department));
    expect(outcome).toEqual({ records: 0, failedPeers: [newsOffice.id] });
    expect(hub.parcels).toHaveLength(0);
    const peer = hubStatus(department.core.db).peers[0];
    expect(peer).toMatchObject({ waiting: 1 });
    expect(peer?.error).toContain('不是用其登记的签名密钥签署的');
  });

  it('is refused when it is the peer’s own statement for another installation', async () => {
    const statement = signSealKeyStatement(
      {
        installationId: 'someone-else',
        sealKey: generateSealKeyPair().publicKey,
        createdAt: clock.toISOString(),
      },
      ensureKeyPair(newsOffice.core.db, null, clock).privateKey,
    );
    hub.sealKeys.set(newsOffice.id, statement);
    send(department, newsOffice, { noteId: 'n1' }, clock);
    expect(await pushPending(contextOf(department))).toMatchObject({ records: 0 });
    expect(hub.parcels).toHaveLength(0);
  });

  it('missing: the records wait, with a message, until the peer connects', async () => {
    send(department, newsOffice, { noteId: 'n1' }, clock);
    expect(await pushPending(contextOf(department))).toMatchObject({ records: 0 });
    expect(hubStatus(department.core.db).peers[0]?.error).toContain('尚未连接交换中心');
    await publishSealKey(contextOf(newsOffice));
    expect(await pushPending(contextOf(department))).toMatchObject({ records: 1 });
    expect(hubStatus(department.core.db).peers[0]?.error).toBeNull();
  });
});

describe('the inbox', () => {
  it('holds a parcel that leaves a gap until the missing record arrives by file', async () => {
    await publishSealKey(contextOf(newsOffice));
    const first = send(department, newsOffice, { noteId: 'n1' }, clock);
    // The first record went by file only (it is marked pushed), but the file is not yet there.
    await pushPending(contextOf(department));
    hub.parcels.length = 0;
    send(department, newsOffice, { kind: 'test.decision', noteId: 'n1' }, clock);
    await pushPending(contextOf(department));

    const held = await receiveInbox(contextOf(newsOffice), 0);
    expect(held.applied).toBe(0);
    expect(held.held).toContain('第 1 号交换记录尚未导入');
    expect(readHubState(newsOffice.core.db).inboxCursor).toBe(0);

    unpack(newsOffice, pack(department, [first.id], clock).bytes, clock);
    expect(await receiveInbox(contextOf(newsOffice), 0)).toMatchObject({ applied: 1, held: null });
    expect(count(newsOffice.core, 'test.decision.applied')).toBe(1);
    expect(readHubState(newsOffice.core.db).inboxCursor).toBe(2);
  });

  it('refuses (and passes over) a parcel from an installation not registered here', async () => {
    const stranger = await world.open('stranger');
    await registerCard(newsOffice, stranger);
    await publishSealKey(contextOf(newsOffice));
    send(stranger, newsOffice, { noteId: 'x1' }, clock);
    await pushPending(contextOf(stranger));
    send(department, newsOffice, { noteId: 'n1' }, clock);
    await pushPending(contextOf(department));

    expect(await receiveInbox(contextOf(newsOffice), 0)).toMatchObject({
      parcels: 2,
      applied: 1,
      held: null,
    });
    expect(count(newsOffice.core, 'exchange.hub.refused')).toBe(1);
    expect(count(newsOffice.core, 'test.note.applied')).toBe(1);
    expect(readHubState(newsOffice.core.db).inboxCursor).toBe(2);

    // The same parcels again, as after a kill before the cursor moved or a lost acknowledgement:
    // the note is not applied twice, and the refusal is not audited twice.
    newsOffice.core.db.prepare('UPDATE hub_state SET inbox_cursor = 0').run();
    expect(await receiveInbox(contextOf(newsOffice), 0)).toMatchObject({
      parcels: 2,
      applied: 0,
      held: null,
    });
    expect(count(newsOffice.core, 'exchange.hub.refused')).toBe(1);
    expect(count(newsOffice.core, 'test.note.applied')).toBe(1);
  });
});
