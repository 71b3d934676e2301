import { Tab, TabStopType, TextRun } from 'docx';
import { formatChineseDate, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { widthInCharacters } from './closingParagraphs.ts';
import { issuerGeometry } from './issuerGeometry.ts';
import type { OfficialDocument, RecordNote } from './officialDocument.ts';
import type { FootRow } from './pinnedFoot.ts';
import { runPropertiesFor } from './textRuns.ts';

const { recordNote: noteGeometry } = issuerGeometry;
const noteSize = noteGeometry.textPoints;
const noteCharacter = noteSize * 20;
/** The small line above the 版记 (the 审批函's 校验码): 小四. */
const footLineSize = 12;

const runs = (text: string, sizePoints: number) => [
  new TextRun({ ...runPropertiesFor('body', sizePoints), text }),
];
const tab = () => new TextRun({ ...runPropertiesFor('body', noteSize), children: [new Tab()] });

/** 抄送：甲，乙。 (7.4.2) */
export const copyToText = (names: readonly string[]): string => `抄送：${names.join('，')}。`;

/** "示范县人民政府新闻办公室" and "2026年12月5日印发" (7.4.3). */
const printedOnText = (note: RecordNote): string =>
  note.printedOn ? `${formatChineseDate(note.printedOn)}印发` : '';

/**
 * Lines the 抄送 takes: one character in from each side, wrapped lines aligned after the colon.
 * Half a character to spare per line, as the width of digits is estimated.
 */
export function copyToLines(text: string): number {
  const width = gbt9704Twips.textBlock.width / noteCharacter - 2;
  const first = width - 0.5;
  const next = width - 3 - 0.5;
  const rest = widthInCharacters(text) - first;
  return rest <= 0 ? 1 : 1 + Math.ceil(rest / next);
}

function copyToRow(names: readonly string[]): FootRow {
  const text = copyToText(names);
  return {
    children: runs(text, noteSize),
    indent: { left: 4 * noteCharacter, hanging: 3 * noteCharacter, right: noteCharacter },
    lines: copyToLines(text),
    sizePoints: noteSize,
  };
}

function printedRow(note: RecordNote): FootRow {
  const date = printedOnText(note);
  return {
    children: [
      ...runs(note.printedBy ?? '', noteSize),
      ...(date ? [tab(), ...runs(date, noteSize)] : []),
    ],
    indent: { left: noteCharacter, right: noteCharacter },
    tabStops: [{ type: TabStopType.RIGHT, position: gbt9704Twips.textBlock.width - noteCharacter }],
    lines: 1,
    sizePoints: noteSize,
  };
}

/**
 * The rows pinned to the foot of the last page: the document's foot line, then the 版记 (7.4).
 * 文件格式: 抄送 over 印发机关 and 印发日期, thick lines first and last and a thin one between. 信函格式
 * (10.1): the 抄送 alone, without lines.
 */
export function footRows(document: OfficialDocument): FootRow[] {
  const note = document.recordNote;
  const letter = document.issuer?.format === 'letter';
  const noteRows: FootRow[] = [];
  if (note?.copyTo && note.copyTo.length > 0) noteRows.push(copyToRow(note.copyTo));
  if (!letter && note && (note.printedBy || note.printedOn)) noteRows.push(printedRow(note));
  const ruled = letter
    ? noteRows
    : noteRows.map((row, index) => ({
        ...row,
        ruleAbove: index === 0 ? noteGeometry.thick : noteGeometry.thin,
        ...(index === noteRows.length - 1 ? { ruleBelow: noteGeometry.thick } : {}),
      }));
  const footLine: FootRow[] = document.footLine
    ? [
        {
          children: runs(document.footLine, footLineSize),
          indent: { left: noteCharacter },
          lines: 1,
          sizePoints: footLineSize,
        },
      ]
    : [];
  return [...footLine, ...ruled];
}
