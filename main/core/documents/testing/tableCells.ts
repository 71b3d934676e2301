import { gbt9704, twipsPerMillimetre } from '../../../../shared/documents/gbt9704.ts';
import type { PdfPage } from './readPdf.ts';
import { textLines, type TextLine } from './textLines.ts';

/** The text of one table cell as a PDF shows it: its lines, top to bottom (millimetres). */
export interface PdfCell {
  readonly column: number;
  readonly lines: readonly TextLine[];
  readonly top: number;
  readonly bottom: number;
  /** The lines' text joined, without whitespace. */
  readonly text: string;
}

/** Column edges in millimetres from the page's left edge, from the columns' widths in twips. */
export function columnEdges(widthsTwips: readonly number[]): number[] {
  const edges: number[] = [gbt9704.marginsMillimetres.left];
  for (const width of widthsTwips) edges.push((edges.at(-1) ?? 0) + width / twipsPerMillimetre);
  return edges;
}

/**
 * The cells of a table on a page: the words of each column (by their middles), grouped into lines,
 * and the lines into cells. Lines of one cell are one line pitch apart; a row's padding and border
 * make the gap to the next row's first line larger, by more than `rowGap` millimetres.
 */
export function tableCells(
  page: PdfPage,
  edges: readonly number[],
  linePitch: number,
  rowGap = 0.8,
): PdfCell[] {
  const cells: PdfCell[] = [];
  for (let column = 0; column < edges.length - 1; column += 1) {
    const left = edges[column] ?? 0;
    const right = edges[column + 1] ?? 0;
    const words = page.words.filter((word) => {
      const middle = (word.left + word.right) / 2;
      return middle > left && middle < right && word.right - word.left < right - left;
    });
    let current: TextLine[] = [];
    const flush = () => {
      const first = current[0];
      const last = current.at(-1);
      if (first && last) {
        cells.push({
          column,
          lines: current,
          top: first.top,
          bottom: last.bottom,
          text: current.map((line) => line.text.replace(/\s+/g, '')).join(''),
        });
      }
      current = [];
    };
    for (const line of textLines(words, 1)) {
      const previous = current.at(-1);
      if (previous && line.top - previous.top > linePitch + rowGap) flush();
      current.push(line);
    }
    flush();
  }
  return cells;
}

/** Cells whose every line is a single character: text set one character a line, a stack. */
export const stackedCells = (cells: readonly PdfCell[]): PdfCell[] =>
  cells.filter(
    (cell) =>
      cell.lines.length > 1 &&
      cell.lines.every((line) => Array.from(line.text.replace(/\s+/g, '')).length === 1),
  );
