import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { renderPageToPng } from '../documents/testing/renderPageToPng.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let core: Core;
let drafter: string;
let requestId: string;
let formText = '';
let letterText = '';

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  const unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  drafter = await signedInUser(core, admin, ['drafter']);
  const deciders = [
    await signedInUser(core, admin, ['unitHead']),
    await signedInUser(core, admin, ['newsOfficeReviewer']),
    await signedInUser(core, admin, ['authorityApprover']),
  ];
  const draft = await callAs(core, drafter, 'requests:create', {});
  const saved = await callAs(core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(unitId),
  });
  requestId = draft.id;
  const before = await core.router.dispatch(
    'requests:exportDocument',
    { requestId, document: 'approvalLetter' },
    `web:${drafter}`,
  );
  expect(before).toMatchObject({ ok: false, error: { code: 'not_approved' } });
  await callAs(core, drafter, 'requests:submit', { requestId, revision: saved.revision });
  for (const client of deciders)
    await callAs(core, client, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意',
    });

  const outDir = join(documentTestOutput, 'requests');
  const convert = async (document: 'form' | 'approvalLetter') => {
    const file = await callAs(core, drafter, 'requests:exportDocument', { requestId, document });
    const pdf = await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
      outDir,
      name: document,
    });
    await renderPageToPng(pdf, 1, join(outDir, `${document}-page-1.png`));
    return { file, pdf: await readPdf(pdf) };
  };
  const [form, letter] = await Promise.all([convert('form'), convert('approvalLetter')]);
  expect(form.file.fileName).toBe('20261210-县教育体育局-新闻发布会审批表.docx');
  expect(letter.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  formText = withoutWhitespace(form.pdf.pages.map((page) => page.text).join(''));
  letterText = withoutWhitespace(letter.pdf.pages.map((page) => page.text).join(''));
}, 240_000);

afterAll(() => {
  core.close();
  folder.remove();
});

describe('request Word files', () => {
  it('the 审批表 holds every field and each level’s decision', () => {
    for (const text of [
      '新闻发布会审批表',
      '县教育体育局',
      '2026年第四季度教育工作新闻发布会',
      '县政府新闻发布厅',
      '钱发言',
      '县融媒体中心',
      '13800138000',
      '单位负责人意见',
      '主管部门审批意见',
      '同意。',
    ]) {
      expect(formText, text).toContain(withoutWhitespace(text));
    }
  });

  it('the 审批函 names the unit, the time and place, and is signed by the office with the date', () => {
    for (const text of [
      '关于同意召开2026年第四季度教育工作新闻发布会的函',
      '县教育体育局：',
      '2026年12月10日09:30',
      '须重新报批',
      '测试县人民政府新闻办公室',
      '2026年11月27日',
    ]) {
      expect(letterText, text).toContain(withoutWhitespace(text));
    }
  });

  it('every export is audited with the file hash', async () => {
    const timeline = await callAs(core, drafter, 'requests:timeline', { requestId });
    const exports = timeline.filter((entry) => entry.action === 'request.exportDocument');
    expect(exports.map((entry) => entry.details['document']).sort()).toEqual([
      'approvalLetter',
      'form',
    ]);
    expect(exports.every((entry) => /^[0-9a-f]{64}$/.test(String(entry.details['sha256'])))).toBe(
      true,
    );
  });
});
