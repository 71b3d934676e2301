import type { Paragraph } from 'docx';
import { balancedTitleLines } from '../../../shared/documents/titleLines.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { titleStyleId } from './paragraphStyles.ts';
import { bodyParagraph } from './paragraphLayout.ts';
import { textRuns } from './textRuns.ts';

/** The title in 2号小标宋, centred, one line pitch a line, then one empty line before the body. */
export function titleParagraphs(document: OfficialDocument): Paragraph[] {
  const lines = document.titleLines ?? balancedTitleLines(document.title);
  return [
    ...lines.map((line) =>
      bodyParagraph({ children: textRuns([line], 'title'), align: 'centre', style: titleStyleId }),
    ),
    emptyLine(),
  ];
}

export const emptyLine = (): Paragraph => bodyParagraph({ children: [], indentFirstLine: false });
