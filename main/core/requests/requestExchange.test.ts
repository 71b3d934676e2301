import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { documentText } from '../materials/testing/materialFixtures.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { carry, exchangeOffices, type Side } from '../testing/exchangeOffices.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** A department's installation and the news office's, passing one request back and forth. */
const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let department: Side;
let newsOffice: Side;
let stranger: Side;
let drafter: string;
let unitHead: string;
let reviewer: string;
let approver: string;

beforeAll(async () => {
  ({ department, newsOffice, stranger, drafter, unitHead, reviewer, approver } =
    await exchangeOffices(folder.path, clock));
});
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
