import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeWorld, send, type ExchangeWorld } from '../exchangeTestbed.ts';
import { normaliseHubAddress } from './hubAddress.ts';
import { startHubSync } from './hubSyncEngine.ts';
import { hubStatus } from './hubStatus.ts';
import { writeHubAddress } from './hubStateRepository.ts';

const clock = new Date('2026-11-27T09:00:00+08:00');

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('the hub address', () => {
  it('is an http(s) URL, stored without a trailing slash; empty turns the hub off', () => {
    expect(normaliseHubAddress(' https://hub.example.gov.cn:8800/ ')).toBe(
      'https://hub.example.gov.cn:8800',
    );
    expect(normaliseHubAddress('http://10.1.2.3:8800/county/')).toBe('http://10.1.2.3:8800/county');
    expect(normaliseHubAddress('')).toBeNull();
    for (const bad of [
      'ftp://hub',
      'hub.example',
      'http://u:p@hub',
      'http://hub/?x=1',
      'http://',
    ]) {
      expect(() => normaliseHubAddress(bad), bad).toThrow(/交换中心地址须为/);
    }
  });
});

describe('a sync whose hub cannot be reached', () => {
  let world: ExchangeWorld;
  beforeEach(async () => {
    world = await exchangeWorld(() => clock);
  });
  afterEach(() => world.dispose());

  it('goes offline with a Chinese reason, keeps the records waiting, and stops cleanly', async () => {
    const { department, newsOffice } = world;
    const db = department.core.db;
    const address = `http://127.0.0.1:${String(await closedPort())}`;
    writeHubAddress(db, address);
    send(department, newsOffice, { noteId: 'n1' }, clock);
    const engine = startHubSync(
      {
        db,
        attachmentsDir: department.core.folder.attachments,
        appliers: department.registry.appliers,
        now: () => clock,
      },
      address,
    );
    await engine.syncNow();
    const status = hubStatus(db);
    engine.stop();
    expect(status).toMatchObject({ state: 'offline', offlineSince: clock.toISOString() });
    expect(status.lastError).toBe(
      `无法连接交换中心（${address}）：连接被拒绝，交换中心可能未运行。`,
    );
    expect(status.peers[0]).toMatchObject({ waiting: 1 });
    // Stopped: a later poke or sync does nothing, and the database can close under it.
    engine.poke();
    await engine.syncNow();
    expect(hubStatus(db).lastError).toBe(status.lastError);
  });
});
