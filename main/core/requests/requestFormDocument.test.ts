import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain/requests.ts';
import {
  cellSideMarginTwips,
  tableTextPoints,
  textWidthInEms,
} from '../documents/blocks/tableMetrics.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { OfficialDocument, TableBlock } from '../documents/officialDocument.ts';
import { xmlParagraphs } from '../documents/testing/docxXml.ts';
import { readDocxPart } from '../documents/testing/readDocxPart.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { signatureLine } from './onePageForm.ts';
import { requestFormDocument, type RequestForDocument } from './requestFormDocument.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

const hash = `f86e1a92${'0123456789abcdef'.repeat(3)}01234567`;
const decision = (level: Decision['level'], name: string): Decision => ({
  id: level,
  round: 1,
  level,
  kind: 'approve',
  decidedBy: name,
  decidedByName: name,
  decidedAt: '2026-11-27T10:00:00+08:00',
  comment: '同意',
  contentHash: hash,
  voidedAt: null,
});

const request = (overrides: Parameters<typeof completeFields>[1] = {}): RequestForDocument => ({
  fields: completeFields('unit', overrides),
  unitName: '县教育体育局',
  decisions: [decision('unit', '王局长'), decision('newsOffice', '刘审核')],
  contentHash: hash,
});

const tableOf = (document: OfficialDocument): TableBlock => {
  const table = document.blocks.find((block) => block.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return table;
};

let written = 0;
async function partsOf(document: OfficialDocument) {
  written += 1;
  const path = join(folder.path, `form-${written}.docx`);
  writeFileSync(path, await buildOfficialDocx(document));
  return {
    body: await readDocxPart(path, 'word/document.xml'),
    core: await readDocxPart(path, 'docProps/core.xml'),
  };
}

const cellsOf = (body: string) =>
  [...body.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => ({
    width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"/.exec(cell)?.[1]),
    paragraphs: xmlParagraphs(cell),
  }));

describe('the 审批表 as a Word table', () => {
  it('gives every label line room in its column, so no label wraps by itself', async () => {
    const { body } = await partsOf(requestFormDocument(request()));
    const labels = cellsOf(body).filter((cell) => cell.paragraphs[0]?.xml.includes('<w:b/>'));
    expect(labels.length).toBeGreaterThanOrEqual(14);
    const ems = (twips: number) =>
      (twips - 2 * cellSideMarginTwips) / (tableTextPoints.compact * 20);
    for (const { width, paragraphs } of labels) {
      for (const { text } of paragraphs) {
        expect(textWidthInEms(text), text).toBeLessThanOrEqual(ems(width));
        expect(Array.from(text).length, text).toBeGreaterThan(1);
      }
    }
    const lines = labels.flatMap((cell) => cell.paragraphs.map((paragraph) => paragraph.text));
    expect(lines).toEqual(expect.arrayContaining(['新闻发言人', '拟办意见', '单位负责人', '意见']));
  });

  it('keeps every row on one page', async () => {
    const { body } = await partsOf(requestFormDocument(request()));
    const rows = [...body.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => !row.includes('<w:cantSplit/>'))).toEqual([]);
  });

  it('closes each of the four opinions with a right-aligned line to sign, seal and date', async () => {
    const { body } = await partsOf(requestFormDocument(request()));
    const signatures = xmlParagraphs(body).filter(({ text }) => text === signatureLine);
    expect(signatures).toHaveLength(4);
    expect(signatures.every(({ xml }) => xml.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(signatureLine).toMatch(
      /^签字（盖章）：[\u3000]+日期：[\u3000]+年[\u3000]+月[\u3000]+日$/,
    );
    const texts = xmlParagraphs(body).map(({ text }) => text);
    expect(texts).toContain('同意。（王局长，2026年11月27日）');
  });

  it('prints the content hash short under the form and keeps it whole in the file’s properties', async () => {
    const { body, core } = await partsOf(requestFormDocument(request()));
    expect(xmlParagraphs(body).map(({ text }) => text)).toContain('报批内容校验码：F86E-1A92');
    expect(body).not.toContain(hash);
    expect(core).toContain(
      `<dc:description>新闻发布会审批表。报批内容校验码（SHA-256）：${hash}</dc:description>`,
    );
    expect(core).toContain(`<cp:keywords>${hash}</cp:keywords>`);
  });

  it('writes brackets around its labels full-width', async () => {
    const { body } = await partsOf(requestFormDocument(request()));
    const texts = xmlParagraphs(body).map(({ text }) => text);
    expect(texts).toContain('新闻发布会（例行）');
    expect(texts).toContain('县融媒体中心（新媒体）');
    expect(texts).toContain('（摘要）');
  });

  it('moves a summary longer than the page holds to a 附页, and says so in its cell', async () => {
    const summary = '通报全县今年教育重点工作进展，回应学位供给、课后服务等社会关切。'.repeat(30);
    const document = requestFormDocument(
      request({ content: { ...completeFields('unit').content, summary } }),
    );
    const cells = tableOf(document)
      .rows.flat()
      .map((cell) =>
        typeof cell === 'string'
          ? cell
          : cell.runs.map((run) => (typeof run === 'string' ? run : run.text)).join(''),
      );
    const summaryCell = cells.find((cell) => cell.startsWith('通报全县'));
    expect(summaryCell).toMatch(/……（续见附页）$/);
    expect(summaryCell?.length).toBeLessThan(80);
    const after = document.blocks.slice(
      document.blocks.findIndex((block) => block.kind === 'pageBreak'),
    );
    expect(after[0]).toEqual({ kind: 'pageBreak' });
    const texts = after.flatMap((block) =>
      block.kind === 'paragraph'
        ? [block.runs.map((run) => (typeof run === 'string' ? run : run.text)).join('')]
        : [],
    );
    expect(texts).toEqual(['附页：拟发布内容（摘要）', summary]);
  });

  it('keeps a normal request on its page, without a 附页', () => {
    const document = requestFormDocument(request());
    expect(document.blocks.some((block) => block.kind === 'pageBreak')).toBe(false);
  });
});
