import { createHash } from 'node:crypto';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { Result } from '../../../shared/contract/result.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../shared/lexical/materialJson.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { pageRegions, withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { renderPageToPng } from '../documents/testing/renderPageToPng.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { draftHeaderMark } from './materialExport.ts';
import {
  clearAll,
  completeRequest,
  createMaterial,
  materialTestbed,
  saveAs,
  type MaterialTestbed,
} from './testing/materialFixtures.ts';

const folder = tempFolder();
let bed: MaterialTestbed;
let requestId = '';
let releaseId = '';
let deciders: string[] = [];

const paragraphs = Array.from(
  { length: 24 },
  (_, index) =>
    `第${index + 1}段：全县今年新建、改扩建中小学校12所，新增学位3200个，城区大班额问题得到有效缓解，乡镇寄宿制学校条件明显改善，群众满意度持续提升。`,
);
const releaseText = JSON.stringify(
  materialDocumentOf([
    headingJson('h1', '县教育体育局召开秋季学位供给新闻发布会'),
    headingJson('h2', '基本情况'),
    ...paragraphs.map((text) => paragraphJson(text)),
  ]),
);

const exportAs = async (client: string, draft: boolean): Promise<Result<ExportedFile>> =>
  (await bed.core.router.dispatch(
    'materials:exportDocument',
    { materialId: releaseId, draft },
    `web:${client}`,
  )) as Result<ExportedFile>;

beforeAll(async () => {
  bed = await materialTestbed(folder);
  const request = await completeRequest(bed);
  requestId = request.id;
  const release = await createMaterial(bed, requestId, 'pressRelease');
  releaseId = release.id;
  await saveAs(bed, bed.drafter, releaseId, releaseText);
  await callAs(bed.core, bed.drafter, 'materials:close', { materialId: releaseId });
  await clearAll(bed, releaseId);
  deciders = [
    bed.reviewer,
    await signedInUser(bed.core, bed.admin, ['newsOfficeReviewer']),
    await signedInUser(bed.core, bed.admin, ['authorityApprover']),
  ];
});

afterAll(() => {
  bed.core.close();
  folder.remove();
});

const approve = async () => {
  const current = await callAs(bed.core, bed.drafter, 'requests:get', { requestId });
  await callAs(bed.core, bed.drafter, 'requests:submit', { requestId, revision: current.revision });
  for (const client of deciders) {
    await callAs(bed.core, client, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意',
    });
  }
};

describe('the release gate', () => {
  it('refuses the approved paper of an unapproved event, and says a draft can be exported', async () => {
    const refused = await exportAs(bed.drafter, false);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_approved' } });
    expect(refused.ok ? '' : refused.error.message).toContain('草稿');
    const text = await callAs(bed.core, bed.drafter, 'requests:get', { requestId });
    expect(text.state).toBe('draft');
  });

  it('exports a draft with the mark in the header of every page', async () => {
    const draft = await exportAs(bed.drafter, true);
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value.fileName).toMatch(/^\d{8}-县教育体育局-新闻通稿（草稿）\.docx$/);
    const outDir = join(documentTestOutput, 'release');
    const pdf = await readPdf(
      await convertDocxToPdf(Buffer.from(draft.value.contentBase64, 'base64'), {
        outDir,
        name: 'release-draft',
      }),
    );
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) {
      const header = pageRegions(page)
        .header.map((line) => line.text)
        .join('');
      expect(withoutWhitespace(header), `page ${page.number}`).toContain(
        withoutWhitespace(draftHeaderMark),
      );
    }
    await renderPageToPng(
      join(outDir, 'release-draft.pdf'),
      1,
      join(outDir, 'release-draft-page-1.png'),
    );
  }, 240_000);

  it('exports a 发布辞 draft too, in the same layout', async () => {
    const opening = await createMaterial(bed, requestId, 'opening');
    await callAs(bed.core, bed.drafter, 'materials:close', { materialId: opening.id });
    await clearAll(bed, opening.id);
    const draft = (await bed.core.router.dispatch(
      'materials:exportDocument',
      { materialId: opening.id, draft: true },
      `web:${bed.drafter}`,
    )) as Result<ExportedFile>;
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value.fileName).toMatch(/-发布辞（草稿）\.docx$/);
    const outDir = join(documentTestOutput, 'release');
    const pdf = await convertDocxToPdf(Buffer.from(draft.value.contentBase64, 'base64'), {
      outDir,
      name: 'opening-draft',
    });
    expect((await readPdf(pdf)).pageCount).toBeGreaterThanOrEqual(1);
    await renderPageToPng(pdf, 1, join(outDir, 'opening-draft-page-1.png'));
  }, 240_000);

  it('exports the approved release without the mark, audited with the file’s hash', async () => {
    await approve();
    const release = await exportAs(bed.drafter, false);
    if (!release.ok) throw new Error(release.error.message);
    const bytes = Buffer.from(release.value.contentBase64, 'base64');
    expect(release.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const outDir = join(documentTestOutput, 'release');
    const pdf = await readPdf(await convertDocxToPdf(bytes, { outDir, name: 'release' }));
    // The body lines only: a paragraph running onto the next page goes past the page number.
    const allText = withoutWhitespace(
      pdf.pages.flatMap((page) => pageRegions(page).body.map((line) => line.text)).join(''),
    );
    const everything = withoutWhitespace(pdf.pages.map((page) => page.text).join(''));
    expect(everything).not.toContain(withoutWhitespace(draftHeaderMark));
    let position = 0;
    for (const text of paragraphs) {
      const found = allText.indexOf(withoutWhitespace(text), position);
      expect(found, text).toBeGreaterThanOrEqual(position);
      position = found;
    }
    await renderPageToPng(join(outDir, 'release.pdf'), 1, join(outDir, 'release-page-1.png'));
    const workspace = await callAs(bed.core, bed.drafter, 'workspace:get', { requestId });
    const exported = workspace.exports.find((entry) => entry.action === 'release.export');
    expect(exported?.details['sha256']).toBe(release.value.sha256);
    expect(workspace.stages.find((stage) => stage.id === 'release')?.status).not.toBe('notStarted');
  }, 240_000);

  it('gives the approved release as new-media text, refused once the release is edited', async () => {
    const text = await callAs(bed.core, bed.drafter, 'materials:newMediaText', {
      materialId: releaseId,
    });
    expect(text.text.startsWith('【县教育体育局召开秋季学位供给新闻发布会】')).toBe(true);
    expect(text.warnings).toEqual([expect.stringContaining('折叠')]);

    const edited = releaseText.replace('第1段', '第一段');
    await saveAs(bed, bed.drafter, releaseId, edited);
    const refused = await exportAs(bed.drafter, false);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_approved' } });
    const newMedia = await bed.core.router.dispatch(
      'materials:newMediaText',
      { materialId: releaseId },
      `web:${bed.drafter}`,
    );
    expect(newMedia).toMatchObject({ ok: false, error: { code: 'not_approved' } });
  });
});
