import { AlignmentType, Header, Paragraph } from 'docx';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { fontSizeByRole } from './fonts.ts';
import { exactLines } from './paragraphLayout.ts';
import { textRuns } from './textRuns.ts';

/** One line as tall as its 3号 type. */
export const headerMarkLineHeight = fontSizeByRole.headerMark * 20;

/** Mirrors the page number: the mark's line ends 7 mm above the text block. */
export const headerDistance =
  gbt9704Twips.margins.top - gbt9704Twips.pageNumberGap - headerMarkLineHeight;

function headerMarkHeader(mark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: exactLines(headerMarkLineHeight),
        children: textRuns([mark], 'headerMark'),
      }),
    ],
  });
}

/** The same mark on odd and even pages (the first page is an odd page: no title page is set). */
export const headerMarkHeaders = (mark: string) =>
  ({ default: headerMarkHeader(mark), even: headerMarkHeader(mark) }) as const;
