import type { Paragraph } from 'docx';
import type { HeadingBlock } from '../officialDocument.ts';
import { headingStyleIds } from '../paragraphStyles.ts';
import { bodyParagraph } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import type { BlockPlacement } from './blockPlacement.ts';

/**
 * 一、 in 3号黑体, (一) in 3号楷体, 1. and (1) in 3号仿宋, indented like body text, each in its Word
 * heading style (the outline level) with its fonts also on the runs; run-in text continues in
 * 仿宋. Not kept with the next paragraph: moving a heading over would leave a page short of its 22
 * lines.
 */
export function headingBlock(block: HeadingBlock, placement: BlockPlacement): Paragraph[] {
  return [
    bodyParagraph({
      style: headingStyleIds[block.kind],
      children: [...textRuns(block.runs, block.kind), ...textRuns(block.runIn ?? [], 'body')],
      pageBreakBefore: placement.pageBreakBefore,
      keepNext: placement.keepWithNext ?? false,
    }),
  ];
}
