import { PageBreak } from 'docx';
import type { FileChild } from 'docx';
import type { BlockKind, DocumentBlock } from '../officialDocument.ts';
import { bodyParagraph } from '../paragraphLayout.ts';
import type { BlockPlacement } from './blockPlacement.ts';
import { headingBlock } from './headingBlock.ts';
import { listBlock } from './listBlock.ts';
import { paragraphBlock } from './paragraphBlock.ts';
import { tableBlock } from './tableBlock.ts';

type BlockBuilder<K extends BlockKind> = (
  block: Extract<DocumentBlock, { kind: K }>,
  placement: BlockPlacement,
) => FileChild[];

/** One builder per kind of block; a page break is carried by the block after it. */
export const blockBuilders: { readonly [K in BlockKind]: BlockBuilder<K> } = {
  heading1: headingBlock,
  heading2: headingBlock,
  heading3: headingBlock,
  heading4: headingBlock,
  paragraph: paragraphBlock,
  list: listBlock,
  table: tableBlock,
  pageBreak: () => [],
};

const buildBlock = <K extends BlockKind>(
  block: Extract<DocumentBlock, { kind: K }>,
  placement: BlockPlacement,
): FileChild[] => (blockBuilders[block.kind] as BlockBuilder<K>)(block, placement);

const canCarryPageBreak = (block: DocumentBlock | undefined): boolean =>
  block !== undefined && block.kind !== 'table' && block.kind !== 'pageBreak';

/**
 * The body in order. A page break becomes page-break-before on the next paragraph, so the new page
 * starts with text and not with the empty remainder of a break paragraph; before a table or at the
 * end, where that cannot be, it is a paragraph of its own. `keepLastWithNext` keeps the last
 * block's (last) paragraph on the page of what follows the body, the 落款.
 */
export function buildBlocks(
  blocks: readonly DocumentBlock[],
  options: { readonly keepLastWithNext?: boolean } = {},
): FileChild[] {
  return blocks.flatMap((block, index) => {
    if (block.kind === 'pageBreak' && !canCarryPageBreak(blocks[index + 1])) {
      return [bodyParagraph({ children: [new PageBreak()], indentFirstLine: false })];
    }
    return buildBlock(block, {
      pageBreakBefore: blocks[index - 1]?.kind === 'pageBreak',
      keepWithNext: (options.keepLastWithNext ?? false) && index === blocks.length - 1,
    });
  });
}
