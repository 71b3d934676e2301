import { gbt9704 } from '../../../../shared/documents/gbt9704.ts';
import type { PdfPage } from './readPdf.ts';
import { textLines } from './textLines.ts';
import type { TextLine } from './textLines.ts';

const textBlockTop = gbt9704.marginsMillimetres.top;
const textBlockBottom = textBlockTop + gbt9704.textBlockMillimetres.height;

/**
 * A page's text lines split by where their middles lie: above the text block (the header), in it
 * (the body), below it (the footer with the page number).
 */
export function pageRegions(page: PdfPage): {
  readonly header: readonly TextLine[];
  readonly body: readonly TextLine[];
  readonly footer: readonly TextLine[];
} {
  const lines = textLines(page.words);
  const middle = (line: TextLine): number => (line.top + line.bottom) / 2;
  return {
    header: lines.filter((line) => middle(line) < textBlockTop),
    body: lines.filter((line) => middle(line) >= textBlockTop && middle(line) <= textBlockBottom),
    footer: lines.filter((line) => middle(line) > textBlockBottom),
  };
}

/** Text without any whitespace, for comparing what poppler extracts with what was written. */
export const withoutWhitespace = (text: string): string => text.replace(/\s+/g, '');
