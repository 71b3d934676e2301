import { gbt9704 } from '../../../shared/documents/gbt9704.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { closingLines, estimatedTextEnd } from './textEnd.ts';

/** Lines the estimate may be off by, either way, before the 版记 shares the last page of text. */
const safety = 3;

/**
 * Whether the 文件格式's 版记 goes on the last page of the text (GB/T 9704 7.4, 7.5): only if that
 * is an even page with room for it. Otherwise it goes on the next even page by itself (after a
 * blank page when the text ends on an even page without room), unnumbered like that blank page.
 * LibreOffice or Word place the text; here its end is estimated, so the 版记 shares its page only
 * when the estimate leaves `safety` lines either way, and else takes an even page of its own.
 */
export function recordNoteOnLastTextPage(
  document: OfficialDocument,
  reservedLines: number,
): boolean {
  const end = estimatedTextEnd(document, document.closing ? closingLines : 0);
  return (
    end.page % 2 === 0 &&
    end.lines > safety &&
    end.lines + reservedLines + safety <= gbt9704.linesPerPage
  );
}
