import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { gbt9704, gbt9704Twips, pageNumberAffixes } from '../../../shared/documents/gbt9704.ts';
import { characterCells, exactLines } from './paragraphLayout.ts';
import { runPropertiesFor } from './textRuns.ts';

/** The footer is one line exactly as tall as the 4号 type, so its top is where the number starts. */
export const pageNumberLineHeight = gbt9704.fontSizePoints.pageNumber * 20;

/**
 * Word's footer distance runs from the page's lower edge to the footer's last line: the text block
 * ends `margins.bottom` above the edge, the number line starts 7 mm below that and is one line tall.
 */
export const footerDistance =
  gbt9704Twips.margins.bottom - gbt9704Twips.pageNumberGap - pageNumberLineHeight;

/** "— N —" in 4号宋体; odd pages right with one character's indent, even pages left. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = runPropertiesFor('pageNumber');
  const oneCharacter = characterCells(1);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        spacing: exactLines(pageNumberLineHeight),
        children: [
          new TextRun({ ...run, text: pageNumberAffixes.before }),
          new TextRun({ ...run, children: [PageNumber.CURRENT] }),
          new TextRun({ ...run, text: pageNumberAffixes.after }),
        ],
      }),
    ],
  });
}

/** Word shows `default` on odd pages and `even` on even pages once the settings ask for both. */
export const pageNumberFooters = () =>
  ({ default: pageNumberFooter('odd'), even: pageNumberFooter('even') }) as const;

/** A footer without a number: the 信函格式's first page, the 版记's own page (7.5, 10.1). */
export const blankFooter = (): Footer =>
  new Footer({ children: [new Paragraph({ children: [] })] });
