import type { Paragraph } from 'docx';
import { formatChineseDate, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import type { DocumentClosing } from './officialDocument.ts';
import { bodyParagraph, characterCells } from './paragraphLayout.ts';
import { textRuns } from './textRuns.ts';

const isAscii = (character: string | undefined): boolean =>
  character !== undefined && character.charCodeAt(0) < 0x80;

/**
 * Estimated width in body characters: ideographs and full-width punctuation 1, ASCII (digits) ½,
 * plus ¼ where ideographs meet digits or letters (the space Word and LibreOffice add there).
 */
export const widthInCharacters = (text: string): number =>
  [...text].reduce((sum, character, index, characters) => {
    const previous = characters[index - 1];
    const boundary = previous !== undefined && isAscii(previous) !== isAscii(character);
    return sum + (isAscii(character) ? 0.5 : 1) + (boundary ? 0.25 : 0);
  }, 0);

type LinePlacement =
  | { readonly align: 'right'; readonly rightIndent: number }
  | { readonly align: 'left'; readonly leftIndent: number };

/**
 * GB/T 9704 7.3.5.2 (unsealed): the name ends two characters from the right and the date starts two
 * characters right of the name's start; a date too long for that ends two characters from the right
 * and the name moves left. The line that sets the other's position is right-aligned, the other is
 * left-aligned from the computed start, so the two-character offset holds whatever width digits take.
 */
export function closingPlacement(organisation: string, date: string) {
  const organisationWidth = widthInCharacters(organisation);
  const dateWidth = widthInCharacters(date);
  const lineWidth = gbt9704Twips.textBlock.width;
  const twoCharacters = characterCells(2);
  if (organisationWidth - dateWidth >= 2) {
    return {
      organisation: { align: 'right', rightIndent: twoCharacters },
      date: { align: 'left', leftIndent: lineWidth - characterCells(organisationWidth) },
    } as const satisfies Record<string, LinePlacement>;
  }
  return {
    organisation: { align: 'left', leftIndent: lineWidth - characterCells(dateWidth + 4) },
    date: { align: 'right', rightIndent: twoCharacters },
  } as const satisfies Record<string, LinePlacement>;
}

const placedLine = (text: string, placement: LinePlacement, keepNext: boolean): Paragraph =>
  bodyParagraph({
    children: textRuns([text], 'body'),
    align: placement.align,
    indent:
      placement.align === 'right'
        ? { right: placement.rightIndent }
        : { left: placement.leftIndent },
    keepNext,
  });

/**
 * One empty line below the body, then the organisation and, on the next line, the date, all kept
 * together (the body's last paragraph is kept with them: 7.3.5 never leaves them alone on a page).
 * `keepWithNext` keeps the date with what follows too, the 版记 at the foot of the page.
 */
export function closingParagraphs(
  closing: DocumentClosing,
  options: { readonly keepWithNext?: boolean } = {},
): Paragraph[] {
  const date = formatChineseDate(closing.date);
  const placement = closingPlacement(closing.organisation, date);
  return [
    bodyParagraph({ children: [], indentFirstLine: false, keepNext: true }),
    placedLine(closing.organisation, placement.organisation, true),
    placedLine(date, placement.date, options.keepWithNext ?? false),
  ];
}
