import { Paragraph } from 'docx';
import { gbt9704Twips } from '../../../../shared/documents/gbt9704.ts';
import type { ParagraphBlock } from '../officialDocument.ts';
import { tableTextStyleId } from '../paragraphStyles.ts';
import { alignmentTypes, bodyParagraph, exactLines } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import type { BlockPlacement } from './blockPlacement.ts';
import { tableLineTwips, tableTextPoints } from './tableMetrics.ts';

export function paragraphBlock(block: ParagraphBlock, placement: BlockPlacement): Paragraph[] {
  const size = block.textSize ?? 'body';
  if (size !== 'body') {
    // A smaller note keeps off the grid (as table text does), at its own exact line height.
    return [
      new Paragraph({
        style: tableTextStyleId,
        children: textRuns(block.runs, 'body', tableTextPoints[size]),
        alignment: alignmentTypes[block.align ?? 'left'],
        spacing: exactLines(tableLineTwips(size, gbt9704Twips.linePitch)),
        ...(placement.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(placement.keepWithNext ? { keepNext: true } : {}),
      }),
    ];
  }
  return [
    bodyParagraph({
      children: textRuns(block.runs, 'body'),
      ...(block.align ? { align: block.align } : {}),
      ...(block.firstLineIndent === undefined ? {} : { indentFirstLine: block.firstLineIndent }),
      pageBreakBefore: placement.pageBreakBefore,
      keepNext: placement.keepWithNext ?? false,
    }),
  ];
}
