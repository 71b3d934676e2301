import { AlignmentType, Header, Paragraph } from 'docx';
import type { ParagraphChild } from 'docx';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { fontSizeByRole } from './fonts.ts';
import { exactLines } from './paragraphLayout.ts';
import { textRuns } from './textRuns.ts';

/** One line as tall as its 3号 type. */
export const headerMarkLineHeight = fontSizeByRole.headerMark * 20;

/** Mirrors the page number: the mark's line ends 7 mm above the text block. */
export const headerDistance =
  gbt9704Twips.margins.top - gbt9704Twips.pageNumberGap - headerMarkLineHeight;

/** The mark's line; `anchored` are floating shapes held by it (the 信函格式's lines). */
export const headerMarkParagraph = (mark: string, anchored: readonly ParagraphChild[] = []) =>
  new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: exactLines(headerMarkLineHeight),
    children: [...textRuns([mark], 'headerMark'), ...anchored],
  });

const headerMarkHeader = (mark: string): Header =>
  new Header({ children: [headerMarkParagraph(mark)] });

/** The same mark on odd and even pages; the first page is an odd one unless it has its own header. */
export const headerMarkHeaders = (mark: string) =>
  ({ default: headerMarkHeader(mark), even: headerMarkHeader(mark) }) as const;
