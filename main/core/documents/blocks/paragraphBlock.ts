import type { Paragraph } from 'docx';
import type { ParagraphBlock } from '../officialDocument.ts';
import { bodyParagraph } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import type { BlockPlacement } from './blockPlacement.ts';

export function paragraphBlock(block: ParagraphBlock, placement: BlockPlacement): Paragraph[] {
  return [
    bodyParagraph({
      children: textRuns(block.runs, 'body'),
      ...(block.align ? { align: block.align } : {}),
      ...(block.firstLineIndent === undefined ? {} : { indentFirstLine: block.firstLineIndent }),
      pageBreakBefore: placement.pageBreakBefore,
    }),
  ];
}
