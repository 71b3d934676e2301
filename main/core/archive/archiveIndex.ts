import { formatChineseDate, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { shortCode } from '../audit/chainKey.ts';
import { cellLineEms, contentColumnWidths } from '../documents/blocks/tableMetrics.ts';
import type {
  OfficialDocument,
  ParagraphAlignment,
  TableCell,
} from '../documents/officialDocument.ts';
import { wrapAtWords } from '../documents/wordWrap.ts';

export interface IndexRow {
  readonly date: string;
  readonly unitName: string;
  readonly kind: string;
  readonly title: string;
  readonly fileName: string;
  readonly sha256: string;
}

/** The audit checkpoint the archive carries, as printed on its index for the paper file. */
export interface IndexCheckpoint {
  readonly rowCount: number;
  /** Short form of the checkpoint's head hash, e.g. F86E-1A92. */
  readonly code: string;
}

const checkpointLine = (checkpoint: IndexCheckpoint) =>
  `审计校验点：截至第 ${checkpoint.rowCount} 条审计记录，校验码 ${checkpoint.code}。`;

const columns = ['序号', '日期', '单位', '类别', '标题', '文件名', 'SHA-256'] as const;
/**
 * The Word index leaves the file name (date, unit and kind make it) and the full hash to the CSV;
 * each file's kind carries the short form of its hash under it (校验码, F86E-1A92).
 */
const indexColumns = ['序号', '日期', '单位', '标题', '类别\n校验码'] as const;
const titleColumn = indexColumns.indexOf('标题');
const indexTextSize = 'compact';
/** Unit names go on lines of at most this many characters, broken between words. */
const unitLineEms = 6;

const calendarDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

/** A cell's text as runs, each '\n' a new paragraph. */
const cellOf = (text: string, align: ParagraphAlignment): TableCell => ({
  runs: text.split('\n').flatMap((line, index) => (index > 0 ? ['\n', line] : [line])),
  align,
});

/**
 * 归档目录 as a Word table: columns as wide as what they hold, the title the rest, broken between
 * words only; rows kept whole and the header repeated on every page.
 */
export function archiveIndexDocument(
  from: string,
  to: string,
  rows: readonly IndexRow[],
  officeName: string,
  checkpoint: IndexCheckpoint | null,
  madeAt: Date,
): OfficialDocument {
  const cells = [
    [...indexColumns],
    ...rows.map((row, index) => [
      String(index + 1),
      row.date,
      wrapAtWords(row.unitName, unitLineEms).join('\n'),
      '',
      `${row.kind}\n${shortCode(row.sha256)}`,
    ]),
  ];
  const widths = contentColumnWidths(
    cells,
    indexTextSize,
    titleColumn,
    gbt9704Twips.textBlock.width,
  );
  // The title takes the room the others leave; its lines are broken between words here, as a
  // narrow cell would otherwise break inside a word or a date.
  const titleEms = cellLineEms(widths[titleColumn] ?? 0, indexTextSize);
  const texts = cells.map((row, index) => {
    const title = rows[index - 1]?.title;
    return title === undefined
      ? row
      : row.with(titleColumn, wrapAtWords(title, titleEms).join('\n'));
  });
  const aligns: readonly ParagraphAlignment[] = ['centre', 'centre', 'centre', 'left', 'centre'];
  const period = `${formatChineseDate(calendarDate(from))}至${formatChineseDate(calendarDate(to))}`;
  return {
    title: `新闻发布归档目录（${period}）`,
    titleLines: ['新闻发布归档目录', `（${period}）`],
    blocks: [
      {
        kind: 'table',
        headerRow: true,
        cantSplit: true,
        textSize: indexTextSize,
        columnWidths: widths,
        rows: texts.map((row, index) =>
          row.map((text, column) =>
            cellOf(text, index === 0 ? 'centre' : (aligns[column] ?? 'left')),
          ),
        ),
      },
      {
        kind: 'paragraph',
        runs: [
          `共 ${rows.length} 个文件。文件名和完整的 SHA-256 校验码见同目录下的“归档目录.csv”。`,
        ],
      },
      ...(checkpoint
        ? [
            {
              kind: 'paragraph' as const,
              runs: [
                `${checkpointLine(checkpoint)}凭同目录下的“审计校验点.json”或此校验码，可核对此前的审计记录未被删改。`,
              ],
            },
          ]
        : []),
    ],
    closing: { organisation: officeName, date: madeAt },
  };
}

/**
 * One CSV field. A field that a spreadsheet would take for a formula (it starts with =, +, -, @ or a
 * tab) gets a leading apostrophe, so a unit or a title named "=HYPERLINK(…)" opens as text.
 */
export const csvCell = (value: string) => {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The same index as CSV, with a byte-order mark so spreadsheet programs read the Chinese; the
 * checkpoint follows the table after an empty line.
 */
export function archiveIndexCsv(
  rows: readonly IndexRow[],
  checkpoint: IndexCheckpoint | null,
): string {
  const lines = [
    columns.join(','),
    ...rows.map((row, index) =>
      [String(index + 1), row.date, row.unitName, row.kind, row.title, row.fileName, row.sha256]
        .map(csvCell)
        .join(','),
    ),
  ];
  const trailer = checkpoint ? ['', csvCell(checkpointLine(checkpoint))] : [];
  return `\uFEFF${[...lines, ...trailer].join('\r\n')}\r\n`;
}
