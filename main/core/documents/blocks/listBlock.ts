import type { Paragraph } from 'docx';
import type { ListBlock, ListStyle } from '../officialDocument.ts';
import { bodyParagraph } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import type { BlockPlacement } from './blockPlacement.ts';

/** "1." with a half-width full stop, "(1)" in full-width brackets (GB/T 9704 7.3.3). */
const markers = {
  decimal: (number: number) => `${number}.`,
  parenthesised: (number: number) => `\uFF08${number}\uFF09`,
} as const satisfies Record<ListStyle, (number: number) => string>;

/** Each item is a body paragraph starting with its marker as plain text, so it survives conversion. */
export function listBlock(block: ListBlock, placement: BlockPlacement): Paragraph[] {
  const first = block.start ?? 1;
  return block.items.map((item, index) =>
    bodyParagraph({
      children: textRuns([markers[block.style](first + index), ...item], 'body'),
      pageBreakBefore: placement.pageBreakBefore && index === 0,
      keepNext: (placement.keepWithNext ?? false) && index === block.items.length - 1,
    }),
  );
}
