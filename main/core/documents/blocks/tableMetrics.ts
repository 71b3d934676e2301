import { gbt9704 } from '../../../../shared/documents/gbt9704.ts';
import type { TableTextSize } from '../officialDocument.ts';

/** Type size of table text: 3号, 4号 or 小四. */
export const tableTextPoints = {
  body: gbt9704.fontSizePoints.body,
  small: 14,
  compact: 12,
} as const satisfies Record<TableTextSize, number>;

/** Line height over type size: 4号 lines are airy; 小四 lines are Word's single spacing. */
const lineFactor = { small: 1.5, compact: 1.3 } as const;

/** Exact line height in twips: 'body' keeps the body grid, the smaller sizes their own lines. */
export const tableLineTwips = (size: TableTextSize, gridPitch: number): number =>
  size === 'body' ? gridPitch : Math.round(tableTextPoints[size] * 20 * lineFactor[size]);

/** Space between a cell's border and its text, left and right (Word's default, written out). */
export const cellSideMarginTwips = 108;

/** Space above and below a cell's text: a little air for the dense forms, none otherwise. */
export const cellVerticalMarginTwips = {
  body: 0,
  small: 0,
  compact: 40,
} as const satisfies Record<TableTextSize, number>;

const isWide = (character: string): boolean => (character.codePointAt(0) ?? 0) >= 0x2e80;

/** Advances of half-width characters in ems, a little above those of the fonts' Latin glyphs. */
function narrowWidth(character: string): number {
  if (/[0-9a-z]/.test(character)) return 0.56;
  if (/[A-Z]/.test(character)) return 0.72;
  if (/[\s.,:;\-'"!|()[\]/]/.test(character)) return 0.36;
  return 0.62;
}

/**
 * Estimated advance of a line of text in ems, on the high side: ideographs and full-width
 * punctuation 1, half-width characters about their fonts' widths, plus a quarter where the two meet
 * (the space Word and LibreOffice put between Chinese and Latin text).
 */
export function textWidthInEms(text: string): number {
  let width = 0;
  let previous: boolean | null = null;
  for (const character of text) {
    const wide = isWide(character);
    width +=
      (wide ? 1 : narrowWidth(character)) + (previous !== null && previous !== wide ? 0.25 : 0);
    previous = wide;
  }
  return width;
}

/**
 * The width of a column that holds `text` on one line at `size`: its side margins and half an em
 * to spare included, so that rounding never pushes the last character down on its own.
 */
export function columnTwipsFor(text: string, size: TableTextSize): number {
  const ems = textWidthInEms(text) + 0.5;
  return Math.ceil(ems * tableTextPoints[size] * 20) + 2 * cellSideMarginTwips;
}

/**
 * The ems of text a line of a cell `cellTwips` wide holds at `size` (its margins taken off), with a
 * quarter em to spare for the estimates.
 */
export const cellLineEms = (cellTwips: number, size: TableTextSize): number =>
  (cellTwips - 2 * cellSideMarginTwips) / (tableTextPoints[size] * 20) - 0.25;

/**
 * Column widths in twips from what the columns hold: each column as wide as its widest line (a
 * '\n' in a cell starts a new line), the `flexible` column the rest of the text block.
 */
export function contentColumnWidths(
  rows: readonly (readonly string[])[],
  size: TableTextSize,
  flexible: number,
  totalTwips: number,
): number[] {
  const columnCount = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columnCount }, (_, column) =>
    column === flexible
      ? 0
      : Math.max(
          ...rows.flatMap((row) =>
            (row[column] ?? '').split('\n').map((line) => columnTwipsFor(line, size)),
          ),
        ),
  );
  widths[flexible] = totalTwips - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
