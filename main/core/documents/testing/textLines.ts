import type { PdfWord } from './readPdf.ts';

/** A row of words on a page, in millimetres from the top-left corner. */
export interface TextLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly words: readonly PdfWord[];
}

/**
 * Groups words into rows by the middle of their boxes: words whose middles lie within
 * `toleranceMillimetres` of a row's first word belong to it (sizes differ within a row, so tops do).
 */
export function textLines(words: readonly PdfWord[], toleranceMillimetres = 2): TextLine[] {
  const middle = (word: PdfWord): number => (word.top + word.bottom) / 2;
  const rows: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => middle(a) - middle(b))) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(middle(word) - middle(anchor)) <= toleranceMillimetres) {
      row.push(word);
    } else {
      rows.push([word]);
    }
  }
  return rows.map((row) => {
    const ordered = row.sort((a, b) => a.left - b.left);
    return {
      text: ordered.map((word) => word.text).join(''),
      left: Math.min(...ordered.map((word) => word.left)),
      right: Math.max(...ordered.map((word) => word.right)),
      top: Math.min(...ordered.map((word) => word.top)),
      bottom: Math.max(...ordered.map((word) => word.bottom)),
      words: ordered,
    };
  });
}
