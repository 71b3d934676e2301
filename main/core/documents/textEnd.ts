import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { balancedTitleLines } from '../../../shared/documents/titleLines.ts';
import { estimatedBlockLines, estimatedEnd } from './bodyLineEstimate.ts';
import type { EstimatedEnd } from './bodyLineEstimate.ts';
import { confidentialityMarkParagraphs } from './confidentialityMarkParagraphs.ts';
import { fileHeadHeight } from './fileHead.ts';
import { letterHeadHeight } from './letterHead.ts';
import type { OfficialDocument } from './officialDocument.ts';

const pitch = gbt9704Twips.linePitch;

/** Lines of the 落款: an empty line, the organisation, the date. */
export const closingLines = 3;

/** Body lines left on the first page under the 版头 and the title (and its empty line). */
export function firstPageBodyLines(document: OfficialDocument): number {
  const { issuer } = document;
  // The 版头 is placed from the text block's top (the 文件格式's below the 密级, if any).
  const head =
    issuer?.format === 'file'
      ? fileHeadHeight(issuer)
      : issuer?.format === 'letter'
        ? letterHeadHeight(issuer)
        : confidentialityMarkParagraphs(document).length * pitch;
  const titleLines = (document.titleLines ?? balancedTitleLines(document.title)).length;
  // The title follows the 版头 to the twip; the body then snaps to the next grid line.
  return gbt9704.linesPerPage - Math.ceil(head / pitch + titleLines) - 1;
}

/**
 * Where the body (and `linesAfter` more lines) ends, estimated: Word or LibreOffice place the
 * text, this only counts characters (see estimatedBlockLines).
 */
export const estimatedTextEnd = (document: OfficialDocument, linesAfter = 0): EstimatedEnd =>
  estimatedEnd(firstPageBodyLines(document), [
    ...document.blocks.map(estimatedBlockLines),
    linesAfter,
  ]);
