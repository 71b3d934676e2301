import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  clearAll,
  completeRequest,
  createMaterial,
  documentText,
  materialTestbed,
  saveAs,
  type MaterialTestbed,
} from './testing/materialFixtures.ts';

const folder = tempFolder();
let bed: MaterialTestbed;

beforeAll(async () => {
  bed = await materialTestbed(folder);
});
afterAll(() => {
  bed.core.close();
  folder.remove();
});

const refusal = async (
  client: string,
  channel: 'materials:sign' | 'requests:submit',
  input: object,
) => {
  const result = await bed.core.router.dispatch(channel, input, `web:${client}`);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
};

describe('clearance of a material', () => {
  it('refuses submission while a required item is not signed, naming the material and the item', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'opening');
    await saveAs(
      bed,
      bed.drafter,
      material.id,
      documentText('各位记者朋友：', '今年全县教育工作稳步推进。'),
    );
    const detail = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    expect(detail.problems.map((problem) => problem.message)).toContain(
      '材料“发布辞”的审查项“保密审查”尚未签署（或签署后材料又被修改）。',
    );
    const error = await refusal(bed.drafter, 'requests:submit', {
      requestId: request.id,
      revision: detail.revision,
    });
    expect(error.code).toBe('materials_not_cleared');
    expect(error.message).toContain('材料“发布辞”的审查项“保密审查”尚未签署');
    expect(error.message).toContain('“领导审定”');

    await clearAll(bed, material.id);
    const cleared = await callAs(bed.core, bed.drafter, 'requests:get', { requestId: request.id });
    expect(cleared.problems).toEqual([]);
    const submitted = await callAs(bed.core, bed.drafter, 'requests:submit', {
      requestId: request.id,
      revision: cleared.revision,
    });
    expect(submitted.state).toBe('unitReview');
    const versions = await callAs(bed.core, bed.drafter, 'materials:versions', {
      materialId: material.id,
    });
    expect(versions.map((version) => version.reason)).toEqual(['submit', 'clearance']);
  });

  it('refuses the drafter clearing their own material', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'pressRelease');
    const both = await callAs(bed.core, bed.admin, 'users:list', {});
    const drafterUser = both.find((user) => user.roles.includes('drafter'));
    // The drafter is also given a clearance role: separation of duties still refuses.
    await callAs(bed.core, bed.admin, 'users:update', {
      userId: drafterUser?.id ?? '',
      displayName: drafterUser?.displayName ?? '',
      unitId: bed.unitId,
      roles: ['drafter', 'clearanceReviewer'],
    });
    const checklist = await callAs(bed.core, bed.drafter, 'materials:checklist', {
      materialId: material.id,
    });
    expect(checklist.items.find((item) => item.item.id === 'confidentiality')?.refusal).toMatch(
      /职责分离/,
    );
    const error = await refusal(bed.drafter, 'materials:sign', {
      materialId: material.id,
      itemId: 'confidentiality',
      contentHash: checklist.contentHash,
      note: '',
      evidence: [],
    });
    expect(error).toEqual({
      code: 'separation_of_duties',
      message: '不能审查自己起草或修改过的材料（职责分离）。请由未参与起草的人员签署。',
    });
    await callAs(bed.core, bed.admin, 'users:update', {
      userId: drafterUser?.id ?? '',
      displayName: drafterUser?.displayName ?? '',
      unitId: bed.unitId,
      roles: ['drafter'],
    });
  });

  it('voids a sign-off visibly when the material is edited afterwards', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'hostScript');
    await clearAll(bed, material.id);
    const before = await callAs(bed.core, bed.reviewer, 'materials:checklist', {
      materialId: material.id,
    });
    expect(before.items.filter((item) => item.current !== null)).toHaveLength(4);

    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    const saved = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: opened.revision,
      document: documentText('签署后又改了一句。'),
    });
    expect(saved.voidedSignOffs).toBe(4);
    const after = await callAs(bed.core, bed.reviewer, 'materials:checklist', {
      materialId: material.id,
    });
    const confidentiality = after.items.find((item) => item.item.id === 'confidentiality');
    expect(confidentiality?.current).toBeNull();
    expect(confidentiality?.voided[0]?.voidedReason).toMatch(/^签署后材料被修改/);
    expect(confidentiality?.refusal).toBeNull();
  });

  it('refuses clearance of a material with a forbidden word, saying the word and where it is', async () => {
    await callAs(bed.core, bed.admin, 'wording:save', {
      kind: 'forbidden',
      word: '绝对保证',
      suggestion: '',
      note: '承诺过度',
    });
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'background');
    await saveAs(
      bed,
      bed.drafter,
      material.id,
      documentText('工作进展顺利。', '我们绝对保证按期完工。'),
    );
    const checklist = await callAs(bed.core, bed.reviewer, 'materials:checklist', {
      materialId: material.id,
    });
    expect(checklist.wordingHits.map((hit) => [hit.kind, hit.word, hit.location])).toEqual([
      ['forbidden', '绝对保证', '第2段'],
    ]);
    const error = await refusal(bed.reviewer, 'materials:sign', {
      materialId: material.id,
      itemId: 'confidentiality',
      contentHash: checklist.contentHash,
      note: '',
      evidence: [],
    });
    expect(error).toEqual({
      code: 'forbidden_wording',
      message:
        '材料含有禁用词“绝对保证”（第2段：我们绝对保证按期完工。），不能签署审查。请修改后再签署。',
    });
  });

  it('keeps evidence files with a sign-off and gives them back unchanged', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'policyInterpretation');
    const checklist = await callAs(bed.core, bed.reviewer, 'materials:checklist', {
      materialId: material.id,
    });
    const content = Buffer.from('县财政局确认函').toString('base64');
    const signed = await callAs(bed.core, bed.reviewer, 'materials:sign', {
      materialId: material.id,
      itemId: 'accuracy',
      contentHash: checklist.contentHash,
      note: '数字已与县财政局核对。',
      evidence: [{ fileName: '确认函.txt', mediaType: 'text/plain', contentBase64: content }],
    });
    const signOff = signed.items.find((item) => item.item.id === 'accuracy')?.current;
    expect(signOff).toMatchObject({ note: '数字已与县财政局核对。', versionNumber: 1 });
    const file = await callAs(bed.core, bed.drafter, 'materials:evidence', {
      materialId: material.id,
      sha256: signOff?.evidence[0]?.sha256 ?? '',
    });
    expect(file).toMatchObject({ fileName: '确认函.txt', contentBase64: content });
  });

  it('lets only the roles the checklist names sign an item', async () => {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'qa');
    const spokesperson = await signedInUser(bed.core, bed.admin, ['spokesperson']);
    const checklist = await callAs(bed.core, spokesperson, 'materials:checklist', {
      materialId: material.id,
    });
    const error = await refusal(spokesperson, 'materials:sign', {
      materialId: material.id,
      itemId: 'leaderApproval',
      contentHash: checklist.contentHash,
      note: '',
      evidence: [],
    });
    expect(error).toEqual({ code: 'forbidden', message: '只有单位负责人可以签署“领导审定”。' });
  });
});
