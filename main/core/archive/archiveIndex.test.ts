import { describe, expect, it } from 'vitest';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { columnTwipsFor } from '../documents/blocks/tableMetrics.ts';
import type { InlineText, TableBlock } from '../documents/officialDocument.ts';
import { archiveIndexCsv, archiveIndexDocument, type IndexRow } from './archiveIndex.ts';

const row = (unitName: string, title: string): IndexRow => ({
  date: '2026-11-27',
  unitName,
  kind: '新闻通稿',
  title,
  fileName: '新闻通稿.docx',
  sha256: 'ab'.repeat(32),
});

const fieldsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[1]
    ?.split(',') ?? [];

const madeAt = new Date('2001-01-05T10:00:00+08:00');

describe('archiveIndexCsv', () => {
  it('keeps a name that looks like a spreadsheet formula as text', () => {
    for (const [name, written] of [
      ['=HYPERLINK("http://x","点")', `"'=HYPERLINK(""http://x""`],
      ['+1+1', "'+1+1"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
    ] as const) {
      expect(fieldsOf(archiveIndexCsv([row(name, '标题')], null))[2], name).toBe(written);
    }
  });

  it('writes ordinary names and titles as they are, quoting only what needs it', () => {
    const csv = archiveIndexCsv([row('县教育体育局', '关于"双减",答记者问')], null);
    expect(csv.split('\r\n')[1]).toBe(
      `1,2026-11-27,县教育体育局,新闻通稿,"关于""双减"",答记者问",新闻通稿.docx,${'ab'.repeat(32)}`,
    );
  });
});

const textOf = (cell: TableBlock['rows'][number][number]): string =>
  typeof cell === 'string'
    ? cell
    : cell.runs.map((run: InlineText) => (typeof run === 'string' ? run : run.text)).join('');

function indexTable(rows: readonly IndexRow[]): TableBlock {
  const table = archiveIndexDocument(
    '2000-01-01',
    '2000-12-31',
    rows,
    '县政府新闻办公室',
    null,
    madeAt,
  ).blocks[0];
  if (table?.kind !== 'table') throw new Error('no table');
  return table;
}

describe('archiveIndexDocument', () => {
  const rows = [
    row('县人力资源和社会保障局', '2000年1月1日至2000年12月31日全县就业创业扶持政策新闻发布会'),
    row('县民政局', '春风行动在线访谈'),
  ];

  it('gives each column the width of its widest line, and the title the rest', () => {
    const table = indexTable(rows);
    const widths = table.columnWidths ?? [];
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(gbt9704Twips.textBlock.width);
    const header = table.rows[0]?.map(textOf) ?? [];
    const title = header.indexOf('标题');
    for (const [column, name] of header.entries()) {
      if (column === title) continue;
      for (const line of table.rows.flatMap((cells) => textOf(cells[column] ?? '').split('\n'))) {
        expect(widths[column], `${name}: ${line}`).toBeGreaterThanOrEqual(
          columnTwipsFor(line, 'compact'),
        );
      }
    }
    expect(widths[title]).toBeGreaterThan(
      Math.max(...widths.filter((_, column) => column !== title)),
    );
  });

  it('breaks titles and unit names between words only, never inside a date', () => {
    const table = indexTable(rows);
    const titleLines = textOf(table.rows[1]?.[3] ?? '').split('\n');
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join('')).toBe(rows[0]?.title);
    for (const date of ['2000年1月1日', '2000年12月31日']) {
      expect(
        titleLines.some((line) => line.includes(date)),
        date,
      ).toBe(true);
    }
    expect(textOf(table.rows[1]?.[2] ?? '').split('\n')).toEqual(['县人力资源和', '社会保障局']);
  });

  it('keeps rows whole and repeats the header row on every page', () => {
    const table = indexTable(rows);
    expect(table.cantSplit).toBe(true);
    expect(table.headerRow).toBe(true);
  });

  it('puts the period on a title line of its own, the dates whole', () => {
    const document = archiveIndexDocument(
      '2000-01-01',
      '2000-12-31',
      rows,
      '县政府新闻办公室',
      null,
      new Date('2001-01-05T10:00:00+08:00'),
    );
    expect(document.titleLines).toEqual(['新闻发布归档目录', '（2000年1月1日至2000年12月31日）']);
    // Dated the day the archive was made, not the day this test runs.
    expect(document.closing?.date).toEqual(new Date('2001-01-05T10:00:00+08:00'));
  });
});
