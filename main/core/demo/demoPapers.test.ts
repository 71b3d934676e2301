import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../shared/contract/channels.ts';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { allArchiveSources } from '../archive/allArchiveSources.ts';
import { archiveIndexDocument } from '../archive/archiveIndex.ts';
import { archivePeriod } from '../archive/periodArchive.ts';
import { createCore, type Core } from '../createCore.ts';
import { columnWidthsInTwips } from '../documents/blocks/tableBlock.ts';
import { tableLineTwips } from '../documents/blocks/tableMetrics.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { TableBlock } from '../documents/officialDocument.ts';
import { convertWithLibreOffice } from '../documents/testing/convertWithLibreOffice.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { xmlParagraphs } from '../documents/testing/docxXml.ts';
import { halfWidthPunctuationNextToChinese } from '../documents/testing/halfWidthPunctuation.ts';
import { readDocxPart } from '../documents/testing/readDocxPart.ts';
import { readPdf, type PdfDocument } from '../documents/testing/readPdf.ts';
import { renderPageToPng } from '../documents/testing/renderPageToPng.ts';
import { columnEdges, stackedCells, tableCells } from '../documents/testing/tableCells.ts';
import { listMaterialHeaders, findMaterial } from '../materials/materialRepository.ts';
import { buildMaterialDocument } from '../materials/materialExport.ts';
import { buildRequestDocument } from '../requests/requestExports.ts';
import { findRequest, type RequestRecord } from '../requests/requestRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { seedDemoCounty } from './seedDemoCounty.ts';
import {
  callAsDemoUser,
  longFormOf,
  reviewedTranscriptOf,
  unitNamed,
} from './testing/demoPaperSources.ts';

/**
 * Every kind of paper the app writes, made from the demo county as the app makes it, looked at in
 * the Word XML and, for the forms and the index, as LibreOffice lays them out.
 */
const folder = tempFolder();
// A fixed instant, so that the papers do not depend on the day the test runs.
const today = new Date('2026-12-06T04:00:00+08:00');
const outDir = join(documentTestOutput, 'demo');
const millimetresPerTwip = 25.4 / 1440;

interface Paper {
  readonly name: string;
  readonly kind: string;
  readonly path: string;
}

let core: Core;
const papers: Paper[] = [];
let formPdfs: { readonly name: string; readonly pdf: PdfDocument }[] = [];
let longForm: PdfDocument;
let indexPdf: PdfDocument;
let indexTable: TableBlock;
let qaPdf: PdfDocument | undefined;
let released: RequestRecord[] = [];

const call = <C extends ChannelName>(username: string, channel: C, input: ChannelInput<C>) =>
  callAsDemoUser(core, today, username, channel, input);

const keep = (name: string, kind: string, bytes: Buffer) => {
  const path = join(outDir, `${name}.docx`);
  writeFileSync(path, bytes);
  papers.push({ name, kind, path });
};

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await seedDemoCounty(folder.path, today);
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => today });
  const requests = (
    core.db.prepare('SELECT id FROM requests ORDER BY created_at, id').all() as { id: string }[]
  ).flatMap(({ id }) => findRequest(core.db, id) ?? []);
  for (const [index, request] of requests.entries()) {
    const form = await buildRequestDocument(core.db, request, 'form');
    keep(`form-${String(index + 1).padStart(2, '0')}`, '审批表', form.bytes);
  }
  const approved = requests.filter((request) => request.state === 'approved');
  released = approved.filter((request) => listMaterialHeaders(core.db, request.id).length > 0);
  for (const [index, request] of approved.slice(0, 3).entries()) {
    const letter = await buildRequestDocument(core.db, request, 'approvalLetter');
    keep(`letter-${index + 1}`, '审批函', letter.bytes);
  }
  const event = released[0];
  if (!event) throw new Error('no approved demo event with materials');
  for (const header of listMaterialHeaders(core.db, event.id)) {
    const material = findMaterial(core.db, header.id);
    if (!material) continue;
    for (const draft of [false, true]) {
      const built = await buildMaterialDocument(core.db, event, material, draft);
      keep(`material-${material.kind}${draft ? '-draft' : ''}`, material.kind, built.bytes);
    }
  }
  const year = 2026;
  const notice = await call('xinwenban', 'compliance:noticeDraft', { year, quarter: 3 });
  for (const final of [false, true]) {
    const file = await call('xinwenban', 'compliance:exportNotice', {
      year,
      quarter: 3,
      draft: notice,
      final,
    });
    keep(`notice${final ? '' : '-draft'}`, '通报', Buffer.from(file.contentBase64, 'base64'));
  }
  const education = unitNamed(core, '县教育体育局');
  const educationEvent = released.find((request) => request.fields.unitId === education);
  if (educationEvent)
    keep('transcript', '文字实录', await reviewedTranscriptOf(core, today, educationEvent));
  const period = { from: '2026-01-01', to: '2026-12-06' };
  const archive = await archivePeriod(core.db, allArchiveSources, period, null, today);
  const index = archive.files.find((file) => file.fileName === '归档目录.docx');
  if (!index) throw new Error('no 归档目录.docx');
  keep('archive-index', '归档目录', index.bytes);
  const indexBlock = archiveIndexDocument(period.from, period.to, archive.rows, '', null, today)
    .blocks[0];
  if (indexBlock?.kind !== 'table') throw new Error('the index is not a table');
  indexTable = indexBlock;
  const unitName = findUnit(core.db, event.fields.unitId)?.name ?? '';
  keep('form-long', '审批表', await buildOfficialDocx(longFormOf(core, event, unitName)));

  // One LibreOffice run for all of them: starting it is most of the time on a loaded machine.
  const converted = papers.filter(
    (paper) => ['审批表', '归档目录'].includes(paper.kind) || paper.name === 'material-qa',
  );
  const pdfPaths = await convertWithLibreOffice(
    converted.map((paper) => paper.path),
    join(outDir, 'pdf'),
    280_000,
  );
  const pdfs = await Promise.all(pdfPaths.map((path) => readPdf(path)));
  const byName = new Map(converted.map((paper, position) => [paper.name, pdfs[position]]));
  formPdfs = converted.flatMap((paper, position) => {
    const pdf = pdfs[position];
    return paper.kind === '审批表' && paper.name !== 'form-long' && pdf
      ? [{ name: paper.name, pdf }]
      : [];
  });
  qaPdf = byName.get('material-qa');
  const longPdf = byName.get('form-long');
  const archivePdf = byName.get('archive-index');
  if (!longPdf || !archivePdf) throw new Error('missing PDFs');
  longForm = longPdf;
  indexPdf = archivePdf;
  const pdfOf = (name: string) => pdfPaths[converted.findIndex((paper) => paper.name === name)];
  await renderPageToPng(pdfOf('form-01') ?? '', 1, join(outDir, 'form-page-1.png'));
  await renderPageToPng(pdfOf('form-long') ?? '', 2, join(outDir, 'form-long-page-2.png'));
  await renderPageToPng(pdfOf('archive-index') ?? '', 1, join(outDir, 'archive-index-page-1.png'));
  await renderPageToPng(pdfOf('archive-index') ?? '', 2, join(outDir, 'archive-index-page-2.png'));
}, 600_000);

afterAll(() => {
  core?.close();
  folder.remove();
});

describe('every paper the demo county makes', () => {
  it('covers each kind: 审批表, 审批函, materials and their drafts, 通报, 文字实录, 归档目录', () => {
    const kinds = new Set(papers.map((paper) => paper.kind));
    for (const kind of [
      '审批表',
      '审批函',
      'opening',
      'pressRelease',
      'qa',
      '通报',
      '文字实录',
      '归档目录',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('sets no half-width ( ) : ; , ? ! next to Chinese text', async () => {
    const found: string[] = [];
    for (const paper of papers) {
      const xml = await readDocxPart(paper.path, 'word/document.xml');
      found.push(
        ...halfWidthPunctuationNextToChinese(xml).map((place) => `${paper.name}: ${place}`),
      );
    }
    expect(found).toEqual([]);
  });
});

describe('the 审批表', () => {
  it('takes exactly one A4 page for every demo request', () => {
    expect(formPdfs.length).toBeGreaterThanOrEqual(40);
    expect(formPdfs.filter(({ pdf }) => pdf.pageCount !== 1).map(({ name }) => name)).toEqual([]);
  });

  it('keeps every row of its table whole, with room to sign each opinion', async () => {
    const xml = await readDocxPart(join(outDir, 'form-01.docx'), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => !row.includes('<w:cantSplit/>'))).toEqual([]);
    const text = formPdfs[0]?.pdf.pages[0]?.text.replace(/\s+/g, '') ?? '';
    expect(text.match(/签字（盖章）：日期：年月日/g)).toHaveLength(4);
    // Labels go on lines of their own, which the PDF's text interleaves with the opinions.
    for (const line of [
      '新闻发言人',
      '拟办意见',
      '单位负责人',
      '新闻办公室',
      '审核意见',
      '审批意见',
    ]) {
      expect(text, line).toContain(line);
    }
  });

  it('shows the content hash short at the foot, not as a long hex string', () => {
    for (const { name, pdf } of formPdfs) {
      const text = pdf.pages.map((page) => page.text).join('');
      expect(text, name).toMatch(/报批内容校验码：[0-9A-F]{4}-[0-9A-F]{4}/);
      expect(text, name).not.toMatch(/[0-9a-f]{16}/i);
    }
  });

  it('continues a summary too long for the page on a 附页 that says so', () => {
    const [first, second, ...rest] = longForm.pages.map((page) => page.text.replace(/\s+/g, ''));
    // The form itself ends on its page; the 附页 follows on pages of its own, in the form's order.
    expect(first).toMatch(/（续见附页）[\s\S]*报批内容校验码：F86E-1A92/);
    expect(second?.startsWith('附页：参加人员参加人1，')).toBe(true);
    expect([second, ...rest].join('')).toContain(
      '附页：拟发布内容（摘要）通报全县今年教育重点工作进展',
    );
  });
});

describe('the 归档目录', () => {
  const pitch = tableLineTwips('compact', gbt9704Twips.linePitch) * millimetresPerTwip;
  const cellsOf = (pageIndex: number) => {
    const page = indexPdf.pages[pageIndex];
    if (!page) throw new Error(`no page ${pageIndex + 1}`);
    return tableCells(page, columnEdges(columnWidthsInTwips(indexTable)), pitch);
  };

  it('spans several pages, each page of the table starting with the header row', () => {
    const tablePages = indexPdf.pages
      .map((_page, pageIndex) => cellsOf(pageIndex).filter((cell) => cell.column === 0))
      .filter((cells) => cells.some((cell) => /^\d+$/.test(cell.text)));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const [pageIndex, cells] of tablePages.entries()) {
      expect(cells[0]?.text, `page ${pageIndex + 1}`).toBe('序号');
    }
  });

  it('has no cell whose characters stand one a line', () => {
    const stacked = indexPdf.pages.flatMap((_page, pageIndex) =>
      stackedCells(cellsOf(pageIndex)).map(
        (cell) => `page ${pageIndex + 1} column ${cell.column}: ${cell.text}`,
      ),
    );
    expect(stacked).toEqual([]);
  });

  it('keeps each row whole on one page, its cells as the index wrote them', () => {
    const expected = indexTable.rows
      .slice(1)
      .map((row) =>
        row.map((cell) =>
          (typeof cell === 'string'
            ? cell
            : cell.runs.map((run) => (typeof run === 'string' ? run : run.text)).join('')
          ).replace(/\s+/g, ''),
        ),
      );
    const found = new Map<string, string[]>();
    for (const [pageIndex] of indexPdf.pages.entries()) {
      const cells = cellsOf(pageIndex);
      for (const number of cells.filter((cell) => cell.column === 0 && /^\d+$/.test(cell.text))) {
        const middle = (number.top + number.bottom) / 2;
        found.set(
          number.text,
          [1, 2, 3, 4].map(
            (column) =>
              cells.find(
                (cell) => cell.column === column && cell.top <= middle && cell.bottom >= middle,
              )?.text ?? '',
          ),
        );
      }
    }
    expect(found.size).toBe(expected.length);
    for (const [index, row] of expected.entries()) {
      expect(found.get(String(index + 1)), `row ${index + 1}`).toEqual(row.slice(1));
    }
  });

  it('marks every row as one that does not split, and the header as repeated', async () => {
    const xml = await readDocxPart(join(outDir, 'archive-index.docx'), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows.filter((row) => !row.includes('<w:cantSplit/>'))).toEqual([]);
    expect(rows[0]).toContain('<w:tblHeader/>');
  });
});

describe('the 答问口径', () => {
  const firstParagraph = async (bytes: Buffer) => {
    const path = join(folder.path, 'qa-check.docx');
    writeFileSync(path, bytes);
    return xmlParagraphs(await readDocxPart(path, 'word/document.xml'))[0];
  };
  const exportQa = async (draft: boolean) => {
    const event = released[0];
    const header =
      event && listMaterialHeaders(core.db, event.id).find((item) => item.kind === 'qa');
    const material = header && findMaterial(core.db, header.id);
    if (!event || !material) throw new Error('no 答问口径');
    return (await buildMaterialDocument(core.db, event, material, draft)).bytes;
  };

  it('carries 内部资料 in 3号黑体 top left of its first page, where GB/T 9704 puts a 密级', async () => {
    const mark = await firstParagraph(await exportQa(false));
    expect(mark?.text).toBe('内部资料');
    expect(mark?.fonts[0]).toMatchObject({ eastAsia: '黑体' });
    expect(mark?.xml).toContain('<w:sz w:val="32"/>');
    expect(mark?.xml).toContain('<w:jc w:val="left"/>');
    const words = qaPdf?.pages[0]?.words ?? [];
    const first = [...words].sort((a, b) => a.top - b.top || a.left - b.left)[0];
    expect(first?.text).toBe('内部资料');
    // Flush with the text block's left edge, on its first line.
    expect(first?.left).toBeCloseTo(gbt9704.marginsMillimetres.left, 0);
    expect(first?.top).toBeGreaterThan(gbt9704.marginsMillimetres.top - 1);
    expect(first?.top).toBeLessThan(gbt9704.marginsMillimetres.top + 10);
    const release = papers.find((paper) => paper.name === 'material-pressRelease');
    const releaseXml = await readDocxPart(release?.path ?? '', 'word/document.xml');
    expect(releaseXml).not.toContain('内部资料');
  });

  it('takes the wording from the office’s settings, and none when it is left empty', async () => {
    await call('admin', 'settings:update', { confidentialityMark: '内部资料\u3000注意保存' });
    expect((await firstParagraph(await exportQa(false)))?.text).toBe('内部资料\u3000注意保存');
    expect((await firstParagraph(await exportQa(true)))?.text).toBe('内部资料\u3000注意保存');
    await call('admin', 'settings:update', { confidentialityMark: '' });
    expect((await firstParagraph(await exportQa(false)))?.text).not.toContain('内部资料');
  });
});
