import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../db/transaction.ts';
import { buildPackage } from '../exchange/buildPackage.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import { streamRecords } from '../exchange/recordRepository.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { carry, exchangeOffices, register, type Side } from '../testing/exchangeOffices.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { findRequest } from './requestRepository.ts';
import { snapshotOf } from './requestSnapshot.ts';

/** What an installation refuses from the exchange, each time changing nothing. */
const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let department: Side;
let newsOffice: Side;
let stranger: Side;
let drafter: string;
let unitHead: string;
let reviewer: string;

beforeAll(async () => {
  ({ department, newsOffice, stranger, drafter, unitHead, reviewer } = await exchangeOffices(
    folder.path,
    clock,
  ));
});
afterAll(() => {
  for (const side of [department, newsOffice, stranger]) side.core.close();
  folder.remove();
});

function snapshotPayload(side: Side, requestId: string) {
  const request = findRequest(side.core.db, requestId);
  if (!request) throw new Error('no request');
  return snapshotOf(side.core.db, request, 0);
}

/** Every record the news office has written to the department, up to `lastId` (none is acknowledged here). */
const pendingTo = (to: Side, lastId: string): string[] => {
  const own = ownInstallationId(newsOffice.core.db);
  const ids = streamRecords(newsOffice.core.db, own, ownInstallationId(to.core.db), 0).map(
    (record) => record.id,
  );
  return ids.slice(0, ids.indexOf(lastId) + 1);
};

describe('packages and records the exchange refuses', () => {
  it('refuses a changed byte, a package for another office, a replay and an unknown request, changing nothing', async () => {
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
    const file = await callAs(department.core, drafter, 'requests:exportPackage', {
      requestId: draft.id,
    });

    const cases: [string, { fileName: string; contentBase64: string }, Side, string, string][] = [];
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const changed = Buffer.from(bytes);
    const at = changed.indexOf('第二场');
    changed.write('第三场', at);
    cases.push([
      'one byte changed',
      { fileName: file.fileName, contentBase64: changed.toString('base64') },
      newsOffice,
      reviewer,
      'exchange_tampered',
    ]);
    const strangerClient = await signedInUser(stranger.core, stranger.admin, [
      'newsOfficeReviewer',
    ]);
    cases.push([
      'a package for another office',
      file,
      stranger,
      strangerClient,
      'exchange_wrong_recipient',
    ]);

    // An installation the news office never registered sends it a request.
    await register(newsOffice, stranger, '县政府新闻办公室');
    const strangerDrafter = await signedInUser(stranger.core, stranger.admin, ['drafter']);
    const strangerHead = await signedInUser(stranger.core, stranger.admin, ['unitHead']);
    const foreign = await callAs(stranger.core, strangerDrafter, 'requests:create', {});
    const foreignSaved = await callAs(stranger.core, strangerDrafter, 'requests:saveDraft', {
      requestId: foreign.id,
      revision: 1,
      fields: completeFields(stranger.unitIds.get('县教育体育局') ?? ''),
    });
    await callAs(stranger.core, strangerDrafter, 'requests:submit', {
      requestId: foreign.id,
      revision: foreignSaved.revision,
    });
    await callAs(stranger.core, strangerHead, 'requests:decide', {
      requestId: foreign.id,
      decision: 'approve',
      comment: '同意',
    });
    const unsigned = await callAs(stranger.core, strangerDrafter, 'requests:exportPackage', {
      requestId: foreign.id,
    });
    cases.push([
      'an unregistered signer',
      unsigned,
      newsOffice,
      reviewer,
      'exchange_unknown_signer',
    ]);

    for (const [name, content, side, client, code] of cases) {
      const before = databaseSnapshot(side.core.db);
      const result = await carry(content, side, client);
      expect(result, name).toMatchObject({ ok: false, error: { code } });
      expect(databaseSnapshot(side.core.db), name).toBe(before);
    }

    expect(await carry(file, newsOffice, reviewer)).toMatchObject({
      ok: true,
      value: { applied: 1 },
    });
    const before = databaseSnapshot(newsOffice.core.db);
    expect(await carry(file, newsOffice, reviewer)).toMatchObject({
      ok: true,
      value: { alreadyImported: true },
    });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);

    // A decision about a request the department does not hold, signed by the registered news office.
    const before2 = databaseSnapshot(department.core.db);
    const unknown = inTransaction(newsOffice.core.db, () =>
      appendOutgoingRecord(
        newsOffice.core.db,
        {
          kind: 'request.decision',
          to: ownInstallationId(department.core.db),
          refs: { requestId: 'not-held' },
          payload: {
            ...snapshotPayload(newsOffice, draft.id),
            request: { ...snapshotPayload(newsOffice, draft.id).request, id: 'not-held' },
          },
        },
        clock,
      ),
    );
    const pkg = buildPackage(
      newsOffice.core.db,
      newsOffice.core.folder.attachments,
      { recordIds: pendingTo(department, unknown.id) },
      null,
      clock,
    );
    const refused = await carry(
      { fileName: pkg.fileName, contentBase64: pkg.bytes.toString('base64') },
      department,
      drafter,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'exchange_unplaceable' } });
    expect(databaseSnapshot(department.core.db)).toBe(before2);
  });

  it('refuses a material whose content does not hash to what the sender claims, changing nothing', async () => {
    const unitId = department.unitIds.get('县教育体育局') ?? '';
    const draft = await callAs(department.core, drafter, 'requests:create', {});
    await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, { title: '材料被改动的发布会' }),
    });
    const material = await callAs(department.core, drafter, 'materials:create', {
      requestId: draft.id,
      kind: 'pressRelease',
    });
    const snapshot = snapshotPayload(department, draft.id);
    const [carried] = snapshot.materials;
    const newsOfficeId = ownInstallationId(newsOffice.core.db);
    const record = inTransaction(department.core.db, () =>
      appendOutgoingRecord(
        department.core.db,
        {
          kind: 'request.submission',
          to: newsOfficeId,
          refs: { requestId: draft.id },
          payload: {
            ...snapshot,
            materials: [{ ...carried, document: carried?.document.replace('标题', '改动') }],
          },
        },
        clock,
      ),
    );
    expect(carried?.id).toBe(material.id);
    const own = ownInstallationId(department.core.db);
    const ids = streamRecords(department.core.db, own, newsOfficeId, 0).map((item) => item.id);
    const pkg = buildPackage(
      department.core.db,
      department.core.folder.attachments,
      { recordIds: ids.slice(0, ids.indexOf(record.id) + 1) },
      null,
      clock,
    );
    const before = databaseSnapshot(newsOffice.core.db);
    const refused = await carry(
      { fileName: pkg.fileName, contentBase64: pkg.bytes.toString('base64') },
      newsOffice,
      reviewer,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'exchange_unplaceable',
        message: '数据包中材料“新闻通稿”的内容与其哈希不符，未导入任何内容。',
      },
    });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
  });
});
