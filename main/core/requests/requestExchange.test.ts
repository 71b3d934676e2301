import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildPackage } from '../exchange/buildPackage.ts';
import { ownInstallationId } from '../exchange/exchangeIdentity.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import { streamRecords } from '../exchange/recordRepository.ts';
import { findRequest } from './requestRepository.ts';
import { snapshotOf } from './requestSnapshot.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { completeFields } from '../testing/requests.ts';
import { documentText } from '../materials/testing/materialFixtures.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** A department's installation and the news office's, passing one request back and forth. */
interface Side {
  core: Core;
  admin: string;
  unitIds: Map<string, string>;
}

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let department: Side;
let newsOffice: Side;
let stranger: Side;
let drafter: string;
let unitHead: string;
let reviewer: string;
let approver: string;

async function install(name: string): Promise<Side> {
  const core = createCore({ dataDir: join(folder.path, name), mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  const units = await callAs(core, admin, 'units:list', {});
  return { core, admin, unitIds: new Map(units.map((unit) => [unit.name, unit.id])) };
}

async function register(from: Side, at: Side, unitName: string | null) {
  const { card } = await callAs(from.core, from.admin, 'exchange:identity', {});
  await callAs(at.core, at.admin, 'exchange:registerPeer', {
    card,
    unitId: unitName ? (at.unitIds.get(unitName) ?? null) : null,
  });
}

const carry = async (file: { fileName: string; contentBase64: string }, to: Side, client: string) =>
  to.core.router.dispatch(
    'exchange:importPackage',
    { fileName: file.fileName, contentBase64: file.contentBase64 },
    `web:${client}`,
  );

beforeAll(async () => {
  department = await install('department');
  newsOffice = await install('news-office');
  stranger = await install('stranger');
  await register(newsOffice, department, '县政府新闻办公室');
  await register(department, newsOffice, '县教育体育局');
  drafter = await signedInUser(department.core, department.admin, ['drafter']);
  unitHead = await signedInUser(department.core, department.admin, ['unitHead']);
  reviewer = await signedInUser(newsOffice.core, newsOffice.admin, ['newsOfficeReviewer']);
  approver = await signedInUser(newsOffice.core, newsOffice.admin, ['authorityApprover']);
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

afterAll(() => {
  for (const side of [department, newsOffice, stranger]) side.core.close();
  folder.remove();
});

describe('a request travelling between a department and the news office', () => {
  let requestId = '';

  it('goes to the news office, comes back returned, goes again, and comes back approved', async () => {
    const unitId = department.unitIds.get('县教育体育局') ?? '';
    const draft = await callAs(department.core, drafter, 'requests:create', {});
    requestId = draft.id;
    await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId,
      revision: 1,
      fields: completeFields(unitId),
    });
    const saved = await callAs(department.core, drafter, 'requests:addAttachment', {
      requestId,
      fileName: '发布辞.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('发布辞初稿').toString('base64'),
    });
    await callAs(department.core, drafter, 'requests:submit', {
      requestId,
      revision: saved.revision,
    });
    const early = await department.core.router.dispatch(
      'requests:exportPackage',
      { requestId },
      `web:${drafter}`,
    );
    expect(early).toMatchObject({ ok: false, error: { code: 'nothing_to_send' } });
    await callAs(department.core, unitHead, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意上报',
    });

    const first = await callAs(department.core, drafter, 'requests:exportPackage', { requestId });
    expect(first.fileName).toMatch(/^pw-.*\.pwpkg$/);
    expect(await carry(first, newsOffice, reviewer)).toMatchObject({
      ok: true,
      value: { applied: 1 },
    });
    const received = await callAs(newsOffice.core, reviewer, 'requests:get', { requestId });
    expect(received).toMatchObject({ state: 'newsOfficeReview', unitName: '县教育体育局' });
    expect(received.attachments.map((a) => a.fileName)).toEqual(['发布辞.txt']);
    expect(received.contentHash).toBe(
      (await callAs(department.core, drafter, 'requests:get', { requestId })).contentHash,
    );

    await callAs(newsOffice.core, reviewer, 'requests:decide', {
      requestId,
      decision: 'return',
      comment: '请补充拟邀媒体名单',
    });
    const back = await callAs(newsOffice.core, reviewer, 'requests:exportPackage', { requestId });
    expect(await carry(back, department, drafter)).toMatchObject({ ok: true });
    const returned = await callAs(department.core, drafter, 'requests:get', { requestId });
    expect(returned.state).toBe('returned');
    expect(returned.decisions.at(-1)).toMatchObject({
      level: 'newsOffice',
      kind: 'return',
      comment: '请补充拟邀媒体名单',
    });

    const fields = completeFields(unitId);
    const edited = await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId,
      revision: returned.revision,
      fields: {
        ...fields,
        content: {
          ...fields.content,
          invitedMedia: [...fields.content.invitedMedia, { name: '市日报社', kind: 'newspaper' }],
        },
      },
    });
    await callAs(department.core, drafter, 'requests:submit', {
      requestId,
      revision: edited.revision,
    });
    await callAs(department.core, unitHead, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '已补充',
    });
    const second = await callAs(department.core, drafter, 'requests:exportPackage', { requestId });
    expect(await carry(second, newsOffice, reviewer)).toMatchObject({ ok: true });
    expect((await callAs(newsOffice.core, reviewer, 'requests:get', { requestId })).state).toBe(
      'newsOfficeReview',
    );

    await callAs(newsOffice.core, reviewer, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意',
    });
    await callAs(newsOffice.core, approver, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意召开',
    });
    const approval = await callAs(newsOffice.core, reviewer, 'requests:exportPackage', {
      requestId,
    });
    expect(await carry(approval, department, drafter)).toMatchObject({ ok: true });
    const approved = await callAs(department.core, drafter, 'requests:get', { requestId });
    expect(approved.state).toBe('approved');
    expect(approved.approvedHash).toBe(approved.contentHash);
    const letter = await department.core.router.dispatch(
      'requests:exportDocument',
      { requestId, document: 'approvalLetter' },
      `web:${drafter}`,
    );
    expect(letter.ok).toBe(true);
    for (const side of [department, newsOffice])
      expect(verifyAuditChain(side.core.db)).toMatchObject({ intact: true });
  });

  it('carries the materials with the request: same documents, sign-offs and hash on both sides', async () => {
    const unitId = department.unitIds.get('县教育体育局') ?? '';
    const clearer = await signedInUser(department.core, department.admin, [
      'spokesperson',
      'unitHead',
      'clearanceReviewer',
    ]);
    const draft = await callAs(department.core, drafter, 'requests:create', {});
    const saved = await callAs(department.core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, { title: '带材料的发布会' }),
    });
    const opening = await callAs(department.core, drafter, 'materials:create', {
      requestId: draft.id,
      kind: 'opening',
    });
    await callAs(department.core, drafter, 'materials:save', {
      materialId: opening.id,
      revision: 1,
      document: documentText('各位记者朋友：', '今年全县投入教育经费1.2亿元。'),
    });
    await clearAllAs(department, clearer, opening.id, '确认函.txt');
    await callAs(department.core, drafter, 'requests:submit', {
      requestId: draft.id,
      revision: (await callAs(department.core, drafter, 'requests:get', { requestId: draft.id }))
        .revision,
    });
    expect(saved.revision).toBeGreaterThan(1);
    await callAs(department.core, unitHead, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
    const file = await callAs(department.core, drafter, 'requests:exportPackage', {
      requestId: draft.id,
    });
    expect(await carry(file, newsOffice, reviewer)).toMatchObject({ ok: true });

    const sent = await callAs(department.core, drafter, 'requests:get', { requestId: draft.id });
    const received = await callAs(newsOffice.core, reviewer, 'requests:get', {
      requestId: draft.id,
    });
    expect(received.contentHash).toBe(sent.contentHash);
    const here = await callAs(department.core, drafter, 'materials:open', {
      materialId: opening.id,
    });
    const overview = await callAs(newsOffice.core, reviewer, 'materials:overview', {
      requestId: draft.id,
    });
    expect(overview.materials.map((m) => [m.kind, m.contentHash, m.requiredCleared])).toEqual([
      ['opening', here.contentHash, 4],
    ]);
    const there = await callAs(newsOffice.core, reviewer, 'materials:open', {
      materialId: opening.id,
    });
    expect(there.document).toBe(here.document);
    expect(there.editable).toBe(false);
    const checklist = await callAs(newsOffice.core, reviewer, 'materials:checklist', {
      materialId: opening.id,
    });
    const evidence = checklist.items.find((item) => item.current?.evidence.length)?.current
      ?.evidence[0];
    expect(evidence?.fileName).toBe('确认函.txt');
    expect(
      await callAs(newsOffice.core, reviewer, 'materials:evidence', {
        materialId: opening.id,
        sha256: evidence?.sha256 ?? '',
      }),
    ).toMatchObject({ contentBase64: Buffer.from('确认函.txt的内容').toString('base64') });

    await callAs(newsOffice.core, reviewer, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
    await callAs(newsOffice.core, approver, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意召开',
    });
    const back = await callAs(newsOffice.core, reviewer, 'requests:exportPackage', {
      requestId: draft.id,
    });
    expect(await carry(back, department, drafter)).toMatchObject({ ok: true });
    const approved = await callAs(department.core, drafter, 'requests:get', {
      requestId: draft.id,
    });
    expect(approved).toMatchObject({ state: 'approved', approvedHash: sent.contentHash });
  });

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

/** Signs every required item of a material, with an evidence file on the first. */
async function clearAllAs(side: Side, client: string, materialId: string, evidenceName: string) {
  const checklist = await callAs(side.core, client, 'materials:checklist', { materialId });
  let first = true;
  for (const status of checklist.items) {
    if (!status.applies || !status.item.required) continue;
    await callAs(side.core, client, 'materials:sign', {
      materialId,
      itemId: status.item.id,
      contentHash: checklist.contentHash,
      note: '已审核。',
      evidence: first
        ? [
            {
              fileName: evidenceName,
              mediaType: 'text/plain',
              contentBase64: Buffer.from(`${evidenceName}的内容`).toString('base64'),
            },
          ]
        : [],
    });
    first = false;
  }
}
