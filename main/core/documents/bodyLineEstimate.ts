import { gbt9704 } from '../../../shared/documents/gbt9704.ts';
import { widthInCharacters } from './closingParagraphs.ts';
import type { DocumentBlock, InlineText } from './officialDocument.ts';
import { plainText } from './textRuns.ts';

const perLine = gbt9704.charactersPerLine;
const indent = gbt9704.firstLineIndentCharacters;

const linesOf = (text: string, firstLineIndent: number, lineCharacters: number = perLine): number =>
  Math.max(1, Math.ceil((firstLineIndent + widthInCharacters(text)) / lineCharacters));

const cellText = (cell: string | { readonly runs: readonly InlineText[] }): string =>
  typeof cell === 'string' ? cell : plainText(cell.runs);

/**
 * Body lines a block takes on the 28-character grid, estimated from the width of its characters
 * (line breaking and punctuation rules left aside); a page break ends the page.
 */
export function estimatedBlockLines(block: DocumentBlock): number | 'pageBreak' {
  switch (block.kind) {
    case 'pageBreak':
      return 'pageBreak';
    case 'paragraph': {
      const indented = block.firstLineIndent ?? (block.align ?? 'justify') === 'justify';
      return linesOf(plainText(block.runs), indented ? indent : 0);
    }
    case 'list':
      return block.items.reduce((sum, item) => sum + linesOf(`1.${plainText(item)}`, indent), 0);
    case 'table':
      return block.rows.reduce((sum, row) => {
        const cellCharacters = perLine / Math.max(1, row.length);
        return sum + Math.max(...row.map((cell) => linesOf(cellText(cell), 0, cellCharacters)));
      }, 0);
    default:
      return linesOf(plainText([...block.runs, ...(block.runIn ?? [])]), indent);
  }
}

export interface EstimatedEnd {
  /** The page the text ends on, from 1. */
  readonly page: number;
  /** Lines taken on that page, from 1 to 22. */
  readonly lines: number;
}

/** Where text of `lineCounts` ends when the first page has `firstPageLines` body lines free. */
export function estimatedEnd(
  firstPageLines: number,
  lineCounts: readonly (number | 'pageBreak')[],
): EstimatedEnd {
  const pageLines = gbt9704.linesPerPage;
  let page = 1;
  let used = pageLines - firstPageLines;
  for (const count of lineCounts) {
    if (count === 'pageBreak') {
      page += 1;
      used = 0;
      continue;
    }
    used += count;
    while (used > pageLines) {
      page += 1;
      used -= pageLines;
    }
  }
  return { page, lines: used };
}
