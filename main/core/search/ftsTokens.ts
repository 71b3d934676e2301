import { normalizeSearchText } from '../../../shared/search/searchText.ts';

/**
 * FTS5's own tokenizers either drop short Chinese queries (trigram) or treat a run of Chinese as
 * one word (unicode61). So the text is tokenised here instead, the way Lucene's CJK analyser does:
 * every character and every overlapping pair of characters, punctuation and digits included. Each
 * token is spelled in ASCII letters and digits so FTS5's `ascii` tokenizer keeps it whole.
 * A query of n >= 2 characters becomes a phrase of its n-1 pairs, which FTS5 matches only at
 * consecutive positions: exactly a substring match, answered from the index.
 */
const spell = (char: string): string => (char.codePointAt(0) ?? 0).toString(36);

const unigram = (char: string): string => `u${spell(char)}`;
const bigram = (first: string, second: string): string => `b${spell(first)}x${spell(second)}`;

const pairsOf = (chars: readonly string[]): string[] =>
  chars.slice(1).map((second, index) => bigram(chars[index] ?? '', second));

export interface IndexedTokens {
  readonly unigrams: string;
  readonly bigrams: string;
}

export function tokensForIndex(text: string): IndexedTokens {
  const chars = Array.from(normalizeSearchText(text));
  const unigrams = chars.map(unigram);
  return { unigrams: unigrams.join(' '), bigrams: pairsOf(chars).join(' ') };
}

/** The FTS5 MATCH expression for a user's query, or null when there is nothing to search for. */
export function matchExpression(query: string, kinds: readonly string[] = []): string | null {
  const chars = Array.from(normalizeSearchText(query.trim()));
  if (chars.length === 0) return null;
  const text =
    chars.length === 1
      ? `unigrams : ${chars.map(unigram).join('')}`
      : `bigrams : "${pairsOf(chars).join(' ')}"`;
  if (kinds.length === 0) return text;
  return `(${text}) AND kind : (${kinds.map(kindToken).join(' OR ')})`;
}

export const kindToken = (kind: string): string => `k${Array.from(kind).map(spell).join('x')}`;
