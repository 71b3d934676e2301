import type { DatabaseSync } from 'node:sqlite';
import { formatChineseDate, type CalendarDate } from '../../../shared/documents/gbt9704.ts';
import type {
  DocumentNumberEntry,
  NumberedPaperKind,
} from '../../../shared/domain/documentNumbers.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { compareCodePoints } from '../../../shared/text/compareCodePoints.ts';
import { csvCell } from '../archive/archiveIndex.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { OfficialDocument } from '../documents/officialDocument.ts';
import { listDocumentNumbers } from './documentNumberRepository.ts';

export const registerFileNames = { docx: '发文登记簿.docx', csv: '发文登记簿.csv' } as const;

const paperKindNames: Readonly<Record<NumberedPaperKind, string>> = {
  notice: '通报',
  approvalLetter: '审批函',
};

const statusOf = (entry: DocumentNumberEntry): string =>
  entry.voided ? `已作废：${entry.voided.reason}` : '有效';

const columns = ['序号', '发文字号', '文种', '标题', '发文日期', '经办人', '状态'] as const;

const cellsOf = (entry: DocumentNumberEntry, index: number): string[] => [
  String(index + 1),
  entry.number,
  paperKindNames[entry.paperKind],
  entry.title,
  shanghaiDate(new Date(entry.issuedAt)),
  entry.issuedByName,
  statusOf(entry),
];

const calendarDate = (date: string): CalendarDate => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

/** Oldest first, as a register is kept: by 机关代字, then year and serial. */
export function registerOfPeriod(
  db: DatabaseSync,
  from: string,
  to: string,
): DocumentNumberEntry[] {
  return listDocumentNumbers(db, {
    issuedFrom: new Date(`${from}T00:00:00+08:00`).toISOString(),
    issuedBefore: new Date(`${addDays(to, 1)}T00:00:00+08:00`).toISOString(),
  }).toSorted(
    (a, b) =>
      compareCodePoints(a.agencyCode, b.agencyCode) || a.year - b.year || a.serial - b.serial,
  );
}

export function registerDocument(
  from: string,
  to: string,
  entries: readonly DocumentNumberEntry[],
  officeName: string,
  now: Date,
): OfficialDocument {
  const voided = entries.filter((entry) => entry.voided).length;
  return {
    title: `发文登记簿（${formatChineseDate(calendarDate(from))}至${formatChineseDate(calendarDate(to))}）`,
    blocks: [
      {
        kind: 'table',
        headerRow: true,
        textSize: 'small',
        columnWidths: [0.5, 1.6, 0.7, 2.6, 1.1, 0.9, 1.4],
        rows: [[...columns], ...entries.map(cellsOf)],
      },
      {
        kind: 'paragraph',
        runs: [
          `本期间共编发文字号 ${entries.length} 个，其中作废 ${voided} 个。作废的文号保留，不再使用。各文件的 SHA-256 校验码见同目录下的“${registerFileNames.csv}”。`,
        ],
      },
    ],
    closing: { organisation: officeName, date: now },
  };
}

/** The same register as CSV (with a byte-order mark), each file's SHA-256 and the void details. */
export function registerCsv(entries: readonly DocumentNumberEntry[]): string {
  const header = [...columns, '作废时间', '作废人', '文件SHA-256'];
  const lines = [
    header.join(','),
    ...entries.map((entry, index) =>
      [
        ...cellsOf(entry, index),
        entry.voided?.at ?? '',
        entry.voided?.byName ?? '',
        entry.fileSha256,
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** 发文登记簿.docx and .csv of the papers numbered between `from` and `to` (Shanghai dates). */
export async function registerArchiveFiles(
  db: DatabaseSync,
  period: { readonly from: string; readonly to: string },
  officeName: string,
  now: Date,
): Promise<{ readonly fileName: string; readonly bytes: Buffer }[]> {
  const entries = registerOfPeriod(db, period.from, period.to);
  return [
    {
      fileName: registerFileNames.docx,
      bytes: await buildOfficialDocx(
        registerDocument(period.from, period.to, entries, officeName, now),
      ),
    },
    { fileName: registerFileNames.csv, bytes: Buffer.from(registerCsv(entries), 'utf8') },
  ];
}
