import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMaterialDocument } from '../../../../shared/lexical/materialFormat.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
  quoteJson,
  tableJson,
  textJson,
} from '../../../../shared/lexical/materialJson.ts';
import { buildOfficialDocx } from '../buildOfficialDocx.ts';
import { convertDocxToPdf } from '../testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../testing/documentTestOutput.ts';
import { withoutWhitespace } from '../testing/pageRegions.ts';
import { readPdf } from '../testing/readPdf.ts';
import { renderPageToPng } from '../testing/renderPageToPng.ts';
import { materialToDocument } from './materialToDocument.ts';

const fixture = materialDocumentOf([
  headingJson('h1', '2026年第四季度教育工作新闻发布会答问口径'),
  paragraphJson('为做好本次新闻发布会答问工作，现将有关口径汇总如下。'),
  headingJson('h2', '基本情况'),
  paragraphJson([
    textJson('全县新增学位', 0),
    textJson('3200个', 1),
    textJson('，投入资金1.2亿元。', 8),
  ]),
  headingJson('h3', '学位供给'),
  listJson('number', ['城区新建小学两所。', '乡镇扩建初中三所。']),
  quoteJson('“办好人民满意的教育”是我们的目标。'),
  tableJson([
    ['项目', '数量'],
    ['新建学校', '5所'],
  ]),
  qaItemJson({
    question: '学位是否够用？',
    answer: '今年秋季学位总体充足。',
    maySay: '可介绍新增学位数。',
    mayNotSay: '不评论个别学校招生。',
    owner: '钱发言',
    source: '县教育体育局',
  }),
  { type: 'mystery-widget', version: 1, children: [textJson('未知节点里的文字')] },
  paragraphJson('以上口径仅供内部使用。'),
]);

let pdfText = '';
let warnings: readonly string[] = [];

beforeAll(async () => {
  const mapped = materialToDocument(fixture, { fallbackTitle: '答问口径' });
  warnings = mapped.warnings;
  const pdf = await convertDocxToPdf(await buildOfficialDocx(mapped.document), {
    outDir: join(documentTestOutput, 'lexical'),
    name: 'material-fixture',
  });
  await renderPageToPng(pdf, 1, join(documentTestOutput, 'lexical', 'material-fixture-page-1.png'));
  pdfText = withoutWhitespace((await readPdf(pdf)).pages.map((page) => page.text).join(''));
}, 240_000);

describe('a saved Lexical material as a Word file', () => {
  it('keeps every paragraph, in order, with numbered headings and labelled Q&A fields', () => {
    const expected = [
      '2026年第四季度教育工作新闻发布会答问口径',
      '为做好本次新闻发布会答问工作，现将有关口径汇总如下。',
      '一、基本情况',
      '全县新增学位3200个，投入资金1.2亿元。',
      '（一）学位供给',
      '1.城区新建小学两所。',
      '2.乡镇扩建初中三所。',
      '“办好人民满意的教育”是我们的目标。',
      '新建学校',
      '问题1：学位是否够用？',
      '答案：今年秋季学位总体充足。',
      '可以说：可介绍新增学位数。',
      '不可说：不评论个别学校招生。',
      '责任人：钱发言',
      '来源：县教育体育局',
      '未知节点里的文字',
      '以上口径仅供内部使用。',
    ].map(withoutWhitespace);
    let from = 0;
    for (const text of expected) {
      const at = pdfText.indexOf(text, from);
      expect(at, `“${text}” after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + text.length;
    }
  });

  it('exports an unknown node as plain text with a warning instead of failing', () => {
    expect(warnings).toEqual(['未识别的内容类型“mystery-widget”已按纯文本导出。']);
  });

  it('opens a material saved in the first format', () => {
    const legacy = readMaterialDocument(
      JSON.parse(readFileSync('shared/lexical/fixtures/material-format1.json', 'utf8')) as unknown,
    );
    const mapped = materialToDocument(legacy, { fallbackTitle: '答问口径' });
    expect(mapped.document.title).toBe('2026年第四季度教育工作新闻发布会答问口径');
    expect(mapped.warnings).toEqual([]);
    expect(mapped.document.blocks[0]).toMatchObject({
      kind: 'heading1',
      runs: ['一、', '基本情况'],
    });
  });
});
