import type { Paragraph } from 'docx';
import type { OfficialDocument } from './officialDocument.ts';
import { bodyParagraph } from './paragraphLayout.ts';
import { textRuns } from './textRuns.ts';
import { emptyLine } from './titleParagraphs.ts';

/**
 * GB/T 9704 7.2.2: a 密级 (here also a mark such as 内部资料) in 3号黑体, flush left on the first
 * line of the first page's text block; an empty line parts it from the title below.
 */
export function confidentialityMarkParagraphs(document: OfficialDocument): Paragraph[] {
  const mark = document.confidentialityMark?.trim();
  if (!mark) return [];
  return [bodyParagraph({ children: textRuns([mark], 'headerMark'), align: 'left' }), emptyLine()];
}
