import type { Paragraph } from 'docx';
import type { HeadingBlock } from '../officialDocument.ts';
import { bodyParagraph } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import type { BlockPlacement } from './blockPlacement.ts';

/**
 * 一、 in 3号黑体, (一) in 3号楷体, indented like body text; run-in text continues in 仿宋. Not kept
 * with the next paragraph: moving a heading over would leave a page short of its 22 lines.
 */
export function headingBlock(block: HeadingBlock, placement: BlockPlacement): Paragraph[] {
  return [
    bodyParagraph({
      children: [...textRuns(block.runs, block.kind), ...textRuns(block.runIn ?? [], 'body')],
      pageBreakBefore: placement.pageBreakBefore,
    }),
  ];
}
