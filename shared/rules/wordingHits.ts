import type { LocatedWordingHit } from '../domain/materialWording.ts';
import type { TextBlock } from '../lexical/materialBlocks.ts';
import { excerptAround, findWordingHits, type WordingMatcher } from './wordingMatch.ts';

/** Every listed word in a material's blocks, with where it is and the words around it. */
export function locateWordingHits(
  blocks: readonly TextBlock[],
  matcher: WordingMatcher,
): LocatedWordingHit[] {
  return blocks.flatMap((block) =>
    findWordingHits(block.text, matcher).map((hit) => ({
      ...hit,
      location: block.location,
      excerpt: excerptAround(block.text, hit.start, hit.end),
    })),
  );
}

/** Why a material with forbidden words may not be cleared: each word and where it is. */
export function forbiddenWordsMessage(hits: readonly LocatedWordingHit[]): string | null {
  const forbidden = hits.filter((hit) => hit.kind === 'forbidden');
  if (forbidden.length === 0) return null;
  const listed = forbidden
    .slice(0, 5)
    .map((hit) => `“${hit.word}”（${hit.location}：${hit.excerpt}）`)
    .join('；');
  const more = forbidden.length > 5 ? `等 ${forbidden.length} 处` : '';
  return `材料含有禁用词${listed}${more}，不能签署审查。请修改后再签署。`;
}
