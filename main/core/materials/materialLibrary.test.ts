import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  materialDocumentOf,
  headingJson,
  paragraphJson,
  qaItemJson,
} from '../../../shared/lexical/materialJson.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  completeRequest,
  createMaterial,
  materialTestbed,
  qaText,
  saveAs,
  type MaterialTestbed,
} from './testing/materialFixtures.ts';

const folder = tempFolder();
let bed: MaterialTestbed;
let spokesperson: string;

beforeAll(async () => {
  bed = await materialTestbed(folder);
  spokesperson = await signedInUser(bed.core, bed.admin, ['spokesperson']);
});
afterAll(() => {
  bed.core.close();
  folder.remove();
});

const answer = (question: string, validUntil: string | null) => ({
  question,
  answer: '今年新增学位2400个，能够满足适龄儿童入学需求。',
  maySay: '新增学位数、建设进度。',
  mayNotSay: '尚未批复的学校选址。',
  ownerUnitId: bed.unitId,
  source: '县教育体育局统计',
  validUntil,
  status: 'active' as const,
});

describe('口径库', () => {
  it('finds answers by one- and two-character queries and by longer ones', async () => {
    const saved = await callAs(
      bed.core,
      spokesperson,
      'answers:save',
      answer('秋季学位够不够？', '2027-06-30'),
    );
    expect(saved).toMatchObject({ revision: 1, expired: false, ownerUnitName: '县教育体育局' });
    for (const text of ['秋', '学位', '适龄儿童', '选址']) {
      const found = await callAs(bed.core, bed.drafter, 'answers:search', { text });
      expect(
        found.map((item) => item.id),
        text,
      ).toContain(saved.id);
    }
    expect(await callAs(bed.core, bed.drafter, 'answers:search', { text: '医保' })).toEqual([]);
  });

  it("flags an expired answer where an event's 答问口径 uses it", async () => {
    const expired = await callAs(
      bed.core,
      spokesperson,
      'answers:save',
      answer('去年的口径还能用吗？', '2026-10-31'),
    );
    expect(expired.expired).toBe(true);
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'qa');
    const document = JSON.stringify(
      materialDocumentOf([
        headingJson('h1', '答问口径'),
        qaItemJson({ question: expired.question, answer: expired.answer }, expired.id),
      ]),
    );
    await saveAs(bed, bed.drafter, material.id, document);
    const opened = await callAs(bed.core, bed.drafter, 'materials:open', {
      materialId: material.id,
    });
    expect(opened.libraryUses).toEqual([
      {
        answerId: expired.id,
        question: '去年的口径还能用吗？',
        validUntil: '2026-10-31',
        status: 'active',
        expired: true,
      },
    ]);
  });

  it('refuses a stale edit of an answer', async () => {
    const saved = await callAs(
      bed.core,
      spokesperson,
      'answers:save',
      answer('学区怎么划？', null),
    );
    const edited = await callAs(bed.core, spokesperson, 'answers:save', {
      ...answer('学区怎么划分？', null),
      answerId: saved.id,
      revision: 1,
    });
    expect(edited.revision).toBe(2);
    const stale = await bed.core.router.dispatch(
      'answers:save',
      { ...answer('学区？', null), answerId: saved.id, revision: 1 },
      `web:${spokesperson}`,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('wording lists and consistency', () => {
  it('imports a word list, one a line, skipping words already listed', async () => {
    const result = await callAs(bed.core, bed.admin, 'wording:import', {
      kind: 'preferred',
      text: '农民工=进城务工人员\n\n农民工\n临时工＝劳务派遣人员',
    });
    expect(result).toEqual({ added: 2, skipped: 1 });
    const list = await callAs(bed.core, bed.drafter, 'wording:list', {});
    expect(list.map((entry) => [entry.word, entry.suggestion])).toEqual([
      ['临时工', '劳务派遣人员'],
      ['农民工', '进城务工人员'],
    ]);
  });

  it('lists figures the press release and the talking points state differently, with both places', async () => {
    const request = await completeRequest(bed);
    const release = await createMaterial(bed, request.id, 'pressRelease');
    const qa = await createMaterial(bed, request.id, 'qa');
    await saveAs(
      bed,
      bed.drafter,
      release.id,
      JSON.stringify(
        materialDocumentOf([
          headingJson('h1', '新闻通稿'),
          paragraphJson('今年全县共投入教育经费1.2亿元，新建学校3所。'),
        ]),
      ),
    );
    await saveAs(bed, bed.drafter, qa.id, qaText('今年全县投入教育经费1.3亿元，新建学校3所。'));
    const findings = await callAs(bed.core, bed.reviewer, 'materials:consistency', {
      requestId: request.id,
    });
    expect(
      findings.map((f) => [
        f.kind,
        f.first.material,
        f.first.text,
        f.second.material,
        f.second.location,
        f.second.text,
      ]),
    ).toEqual([['amount', 'pressRelease', '1.2亿元', 'qa', '第1问·答案', '1.3亿元']]);
    await saveAs(bed, bed.drafter, qa.id, qaText('今年全县投入教育经费1.2亿元，新建学校3所。'));
    expect(
      await callAs(bed.core, bed.reviewer, 'materials:consistency', { requestId: request.id }),
    ).toEqual([]);
  });
});
