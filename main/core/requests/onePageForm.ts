import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import {
  cellLineEms,
  cellVerticalMarginTwips,
  columnTwipsFor,
  tableLineTwips,
  textWidthInEms,
} from '../documents/blocks/tableMetrics.ts';
import type { InlineText, TableBlock, TableCell } from '../documents/officialDocument.ts';
import { wordPieces } from '../../../shared/documents/wordPieces.ts';
import { wrapAtWords } from '../documents/wordWrap.ts';

/** A labelled field of a form; the label is given line by line, so no label wraps by itself. */
export interface FormField {
  readonly label: readonly string[];
  readonly value: string;
  /** Where the value goes when the page cannot hold it: its heading on the 附页. Absent: it stays. */
  readonly attachAs?: string;
}

/**
 * A row of the form: one field across the table, two fields side by side, or an opinion with room
 * under it and a line to sign, seal and date.
 */
export type FormRow =
  | { readonly kind: 'wide'; readonly field: FormField }
  | { readonly kind: 'pair'; readonly left: FormField; readonly right: FormField }
  | { readonly kind: 'opinion'; readonly field: FormField };

export interface AttachedField {
  readonly heading: string;
  readonly text: string;
}

export interface FormLayout {
  readonly table: TableBlock;
  /** The values moved to the 附页, in the order of the form. */
  readonly attached: readonly AttachedField[];
}

export const formTextSize = 'compact';
const lineTwips = tableLineTwips(formTextSize, gbt9704Twips.linePitch);
/** Padding above and below a row's text and its border line, on the high side. */
const rowOverheadTwips = 2 * cellVerticalMarginTwips[formTextSize] + 12;
const continued = '……（续见附页）';
/**
 * Lines an opinion leaves for writing above its signature line, and the most it grows to when the
 * page has room to spare.
 */
const opinionLines = { least: 2, most: 4 } as const;

export const signatureLine =
  '签字（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日';

interface Widths {
  readonly leftLabel: number;
  readonly rightLabel: number;
  readonly halfValue: number;
  readonly wideValue: number;
}

const longestLine = (fields: readonly FormField[]): string =>
  fields
    .flatMap((field) => field.label)
    .reduce(
      (longest, line) => (textWidthInEms(line) > textWidthInEms(longest) ? line : longest),
      '',
    );

/** Label columns as wide as their longest label line, the value columns share the rest. */
function columnWidths(rows: readonly FormRow[]): Widths {
  // A pair's right field moves to the left column when the pair takes two rows.
  const left = rows.flatMap((row) => (row.kind === 'pair' ? [row.left, row.right] : [row.field]));
  const right = rows.flatMap((row) => (row.kind === 'pair' ? [row.right] : []));
  const total = gbt9704Twips.textBlock.width;
  const leftLabel = columnTwipsFor(longestLine(left), formTextSize);
  const rightLabel = right.length > 0 ? columnTwipsFor(longestLine(right), formTextSize) : 0;
  const halfValue = Math.floor((total - leftLabel - rightLabel) / 2);
  return { leftLabel, rightLabel, halfValue, wideValue: total - leftLabel };
}

/** Lines a moved value keeps in its cell: as many as its label has. */
const keptLines = (field: FormField): number => Math.max(1, field.label.length);

/** A value as the lines it takes in a cell `width` twips wide, broken between words. */
const wrapped = (value: string, width: number): string[] =>
  wrapAtWords(value, cellLineEms(width, formTextSize), 'fill');

const valueLines = (value: string, width: number): number => wrapped(value, width).length;

/** The value cut between words to `lines` lines, ending in the note that it goes on. */
function cutToFit(value: string, width: number, lines: number): string {
  const pieces = wordPieces(value.replace(/\s+/g, ' '));
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = pieces.slice(0, middle).join('') + continued;
    if (valueLines(candidate, width) <= lines) low = middle;
    else high = middle - 1;
  }
  return pieces.slice(0, low).join('').trimEnd() + continued;
}

/**
 * Lays a form out on one page of `capacityTwips` of table: when the fields do not fit, the longest
 * movable value goes to the 附页 (its cell keeps the beginning and says so), until they do; what
 * room is left goes to the opinions, for writing and signing by hand.
 */
export function layOutOnePageForm(formRows: readonly FormRow[], capacityTwips: number): FormLayout {
  const widths = columnWidths(formRows);
  // Two fields share a row only where both fit on one line: a value wrapped in half a row reads badly.
  const rows = formRows.flatMap((row): FormRow[] =>
    row.kind === 'pair' &&
    (valueLines(row.left.value, widths.halfValue) > 1 ||
      valueLines(row.right.value, widths.halfValue) > 1)
      ? [
          { kind: 'wide', field: row.left },
          { kind: 'wide', field: row.right },
        ]
      : [row],
  );
  const moved = new Map<FormField, string>();
  const shown = (field: FormField) => moved.get(field) ?? field.value;
  const fieldLines = (field: FormField, width: number) =>
    Math.max(field.label.length, valueLines(shown(field), width));
  const rowLines = (row: FormRow): number => {
    if (row.kind === 'wide') return fieldLines(row.field, widths.wideValue);
    if (row.kind === 'pair') {
      return Math.max(
        fieldLines(row.left, widths.halfValue),
        fieldLines(row.right, widths.halfValue),
      );
    }
    const text = Math.max(opinionLines.least, valueLines(shown(row.field), widths.wideValue));
    return Math.max(row.field.label.length, text + 1);
  };
  const height = () =>
    rows.reduce((sum, row) => sum + rowLines(row) * lineTwips + rowOverheadTwips, 0);
  const placed = rows.flatMap((row) =>
    row.kind === 'pair'
      ? [
          { field: row.left, width: widths.halfValue },
          { field: row.right, width: widths.halfValue },
        ]
      : [{ field: row.field, width: widths.wideValue }],
  );
  while (height() > capacityTwips) {
    const movable = placed
      .filter(({ field }) => field.attachAs !== undefined && !moved.has(field))
      .map((candidate) => ({
        ...candidate,
        lines: valueLines(candidate.field.value, candidate.width),
      }))
      .filter((candidate) => candidate.lines > keptLines(candidate.field));
    const longest = movable.reduce<(typeof movable)[number] | undefined>(
      (best, candidate) => (best === undefined || candidate.lines > best.lines ? candidate : best),
      undefined,
    );
    if (!longest) break;
    moved.set(
      longest.field,
      cutToFit(longest.field.value, longest.width, keptLines(longest.field)),
    );
  }
  // What room is left goes to the opinions in equal shares, above their signature lines.
  const opinions = rows.filter((row) => row.kind === 'opinion');
  const share = Math.max(
    0,
    Math.min(
      (opinionLines.most - opinionLines.least) * lineTwips,
      Math.floor((capacityTwips - height()) / Math.max(1, opinions.length)),
    ),
  );
  const cell = (field: FormField, width: number, columnSpan: number): TableCell => ({
    runs: lineBroken(wrapped(shown(field), width)),
    ...(columnSpan > 1 ? { columnSpan } : {}),
  });
  const label = (field: FormField): TableCell => ({
    runs: field.label.flatMap((line, index): InlineText[] => [
      ...(index > 0 ? ['\n'] : []),
      { text: line, bold: true },
    ]),
    align: 'centre',
  });
  const opinionCell = (row: FormRow & { kind: 'opinion' }): TableCell => {
    const lines = wrapped(shown(row.field), widths.wideValue);
    const blank = Math.max(0, opinionLines.least - lines.length);
    return {
      runs: lineBroken(lines),
      columnSpan: widths.rightLabel > 0 ? 3 : 1,
      align: 'justify',
      paragraphs: [
        ...Array.from({ length: blank }, () => ({ runs: [] })),
        { runs: [signatureLine], align: 'right', spaceBefore: share },
      ],
    };
  };
  const tableRows = rows.map((row): TableCell[] => {
    if (row.kind === 'pair') {
      return [
        label(row.left),
        cell(row.left, widths.halfValue, 1),
        label(row.right),
        cell(row.right, widths.halfValue, 1),
      ];
    }
    if (row.kind === 'opinion') return [label(row.field), opinionCell(row)];
    return [label(row.field), cell(row.field, widths.wideValue, widths.rightLabel > 0 ? 3 : 1)];
  });
  const columnWidthsTwips =
    widths.rightLabel > 0
      ? [widths.leftLabel, widths.halfValue, widths.rightLabel, widths.halfValue]
      : [widths.leftLabel, widths.wideValue];
  return {
    table: {
      kind: 'table',
      textSize: formTextSize,
      cantSplit: true,
      columnWidths: columnWidthsTwips,
      rows: tableRows,
    },
    attached: placed.flatMap(({ field }) =>
      moved.has(field) && field.attachAs ? [{ heading: field.attachAs, text: field.value }] : [],
    ),
  };
}

/** A value's lines as runs, a '\n' piece between them (a new paragraph in the cell). */
const lineBroken = (lines: readonly string[]): InlineText[] =>
  lines.flatMap((line, index): InlineText[] => (index > 0 ? ['\n', line] : [line]));
