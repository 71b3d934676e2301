import { formatChineseDate } from '../../../shared/documents/gbt9704.ts';
import type { OfficialDocument } from '../documents/officialDocument.ts';

export interface IndexRow {
  readonly date: string;
  readonly unitName: string;
  readonly kind: string;
  readonly title: string;
  readonly fileName: string;
  readonly sha256: string;
}

const columns = ['序号', '日期', '单位', '类别', '标题', '文件名', 'SHA-256'] as const;

const calendarDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

/** 归档目录 as a Word table (the hash shortened so the table stays readable). */
export function archiveIndexDocument(
  from: string,
  to: string,
  rows: readonly IndexRow[],
  officeName: string,
): OfficialDocument {
  return {
    title: `新闻发布归档目录（${formatChineseDate(calendarDate(from))}至${formatChineseDate(calendarDate(to))}）`,
    blocks: [
      {
        kind: 'table',
        headerRow: true,
        textSize: 'small',
        columnWidths: [0.5, 1.1, 1.4, 0.8, 2.2, 2.4, 1],
        rows: [
          [...columns],
          ...rows.map((row, index) => [
            String(index + 1),
            row.date,
            row.unitName,
            row.kind,
            row.title,
            row.fileName,
            row.sha256.slice(0, 12),
          ]),
        ],
      },
      {
        kind: 'paragraph',
        runs: [`共 ${rows.length} 个文件。完整的 SHA-256 校验码见同目录下的“归档目录.csv”。`],
      },
    ],
    closing: { organisation: officeName, date: new Date() },
  };
}

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The same index as CSV, with a byte-order mark so spreadsheet programs read the Chinese. */
export function archiveIndexCsv(rows: readonly IndexRow[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row, index) =>
      [String(index + 1), row.date, row.unitName, row.kind, row.title, row.fileName, row.sha256]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
