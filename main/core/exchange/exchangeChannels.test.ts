import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { openInstallation, pack, send, unpack, type Installation } from './exchangeTestbed.ts';

let folder: ReturnType<typeof tempFolder>;
let department: Installation;
let newsOffice: Installation;
const clock = new Date('2026-11-27T09:00:00+08:00');

beforeEach(async () => {
  folder = tempFolder();
  department = await openInstallation(folder.path, 'department', () => clock);
  newsOffice = await openInstallation(folder.path, 'news-office', () => clock);
});
afterEach(() => {
  department.core.close();
  newsOffice.core.close();
  folder.remove();
});

const dispatch = (at: Installation, client: string, channel: string, input: unknown) =>
  at.core.router.dispatch(channel, input, `web:${client}`);

describe('exchange channels', () => {
  it('show the identity, register, list and revoke peers, and refuse bad cards', async () => {
    const identity = await callAs(department.core, department.admin, 'exchange:identity', {});
    expect(identity).toMatchObject({
      installationId: department.id,
      officeName: '测试县人民政府新闻办公室',
      fingerprint: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/),
    });
    expect(await callAs(department.core, department.admin, 'exchange:identity', {})).toEqual(
      identity,
    );

    const units = await callAs(newsOffice.core, newsOffice.admin, 'units:list', {});
    const unitId = units[1]?.id ?? null;
    const peer = await callAs(newsOffice.core, newsOffice.admin, 'exchange:registerPeer', {
      card: identity.card,
      unitId,
    });
    expect(peer).toEqual({
      installationId: department.id,
      name: '测试县人民政府新闻办公室',
      fingerprint: identity.fingerprint,
      unitId,
      registeredAt: clock.toISOString(),
      revokedAt: null,
    });
    expect(await callAs(newsOffice.core, newsOffice.admin, 'exchange:listPeers', {})).toEqual([
      peer,
    ]);

    const own = await callAs(newsOffice.core, newsOffice.admin, 'exchange:identity', {});
    const refusals = [
      [{ card: identity.card, unitId }, 'exchange_peer_exists'],
      [{ card: own.card, unitId: null }, 'exchange_own_card'],
      [{ card: 'not a card', unitId: null }, 'exchange_bad_card'],
      [{ card: identity.card, unitId: 'no-such-unit' }, 'not_found'],
    ] as const;
    for (const [input, code] of refusals) {
      const before = databaseSnapshot(newsOffice.core.db);
      const result = await dispatch(newsOffice, newsOffice.admin, 'exchange:registerPeer', input);
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
    }

    const revoked = await callAs(newsOffice.core, newsOffice.admin, 'exchange:revokePeer', {
      installationId: department.id,
    });
    expect(revoked.revokedAt).toBe(clock.toISOString());
    expect(await callAs(newsOffice.core, newsOffice.admin, 'exchange:listPeers', {})).toEqual([]);
    expect(
      await callAs(newsOffice.core, newsOffice.admin, 'exchange:listPeers', {
        includeRevoked: true,
      }),
    ).toEqual([revoked]);
    // A revoked installation may be registered again (say, with a new key); the old entry stays.
    await callAs(newsOffice.core, newsOffice.admin, 'exchange:registerPeer', {
      card: identity.card,
      unitId: null,
    });
    const all = await callAs(newsOffice.core, newsOffice.admin, 'exchange:listPeers', {
      includeRevoked: true,
    });
    expect(all.map((entry) => entry.revokedAt)).toEqual([null, clock.toISOString()]);
  });

  it('import a package for a user with the transfer permission, and show the history', async () => {
    const { card: departmentCard } = await callAs(
      department.core,
      department.admin,
      'exchange:identity',
      {},
    );
    const { card: newsOfficeCard } = await callAs(
      newsOffice.core,
      newsOffice.admin,
      'exchange:identity',
      {},
    );
    await callAs(newsOffice.core, newsOffice.admin, 'exchange:registerPeer', {
      card: departmentCard,
      unitId: null,
    });
    await callAs(department.core, department.admin, 'exchange:registerPeer', {
      card: newsOfficeCard,
      unitId: null,
    });
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const built = pack(department, [record.id], clock);
    const input = { fileName: built.fileName, contentBase64: built.bytes.toString('base64') };
    const reviewer = await signedInUser(newsOffice.core, newsOffice.admin, ['newsOfficeReviewer']);

    // The core registers no record kinds yet; services will. Refused, and nothing changes.
    const before = databaseSnapshot(newsOffice.core.db);
    expect(await dispatch(newsOffice, reviewer, 'exchange:importPackage', input)).toMatchObject({
      ok: false,
      error: { code: 'exchange_unknown_kind' },
    });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
    expect(
      await dispatch(newsOffice, newsOffice.admin, 'exchange:importPackage', input),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    unpack(newsOffice, built.bytes, clock);
    expect(await callAs(newsOffice.core, reviewer, 'exchange:importPackage', input)).toEqual({
      packageId: built.packageId,
      from: { installationId: department.id, name: '测试县人民政府新闻办公室' },
      recordCount: 1,
      applied: 0,
      alreadyHeld: 1,
      alreadyImported: true,
    });

    const received = await callAs(newsOffice.core, newsOffice.admin, 'exchange:history', {});
    expect(received).toMatchObject([
      {
        recordId: record.id,
        direction: 'received',
        kind: 'test.note',
        origin: department.id,
        recipient: newsOffice.id,
        seq: 1,
        refs: { noteId: 'n1' },
        packageId: built.packageId,
      },
    ]);
    const sent = await callAs(department.core, department.admin, 'exchange:history', { limit: 10 });
    expect(sent).toMatchObject([{ recordId: record.id, direction: 'sent', packageId: null }]);
    expect(
      await callAs(department.core, department.admin, 'exchange:history', {
        beforePosition: sent[0]?.position ?? 0,
      }),
    ).toEqual([]);
    expect(await callAs(newsOffice.core, newsOffice.admin, 'exchange:listQuarantine', {})).toEqual(
      [],
    );
  });

  it('refuse a file that is not a package, changing nothing', async () => {
    const reviewer = await signedInUser(newsOffice.core, newsOffice.admin, ['newsOfficeReviewer']);
    const before = databaseSnapshot(newsOffice.core.db);
    const result = await dispatch(newsOffice, reviewer, 'exchange:importPackage', {
      fileName: 'report.docx',
      contentBase64: Buffer.from('PK\u0003\u0004 a word file').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'exchange_tampered' } });
    expect(!result.ok && result.error.message).toContain('不是完整的交换包');
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
  });
});
