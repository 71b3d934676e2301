import { normalizeSearchText } from '../../../../shared/search/searchText.ts';

/**
 * The search tokens as schemas 1 to 12 stored them (columns kind, unigrams, bigrams of an index
 * with positions), for fixtures written at those versions. Schema 13 rebuilds the index.
 */
const spell = (char: string): string => (char.codePointAt(0) ?? 0).toString(36);

export const legacyKindToken = (kind: string): string =>
  `k${Array.from(kind).map(spell).join('x')}`;

export function legacyTokens(text: string): { unigrams: string; bigrams: string } {
  const chars = Array.from(normalizeSearchText(text));
  const pairs = chars
    .slice(1)
    .map((second, index) => `b${spell(chars[index] ?? '')}x${spell(second)}`);
  return { unigrams: chars.map((char) => `u${spell(char)}`).join(' '), bigrams: pairs.join(' ') };
}
