import { normalizeSearchText } from '../../../shared/search/searchText.ts';

/**
 * FTS5's own tokenizers either drop short Chinese queries (trigram) or treat a run of Chinese as
 * one word (unicode61). So the text is tokenised here instead, the way Lucene's CJK analyser does:
 * every character and every overlapping pair of characters, punctuation and digits included, each
 * spelled in ASCII letters and digits so FTS5's `ascii` tokenizer keeps it whole.
 *
 * The index keeps which records hold a token, not where (detail=none: under 1 × the text, where
 * positions made it 3.4 ×). A 1- or 2-character query is one token and its answer is exact; a
 * longer one asks for all of its pairs, and the records found are then checked for the query
 * itself (`queryNeedsCheck`), so the answer is still exactly a substring match.
 *
 * How often a token occurs is kept too, for ranking without reading texts: a token occurring n ≥ 2
 * times in a record adds the tokens “at least 2 times” … “at least n times” (`r2y…`, `r3y…`).
 */
const spell = (char: string): string => (char.codePointAt(0) ?? 0).toString(36);

const unigram = (char: string): string => `u${spell(char)}`;
export const bigramToken = (first: string, second: string): string =>
  `b${spell(first)}x${spell(second)}`;
/** `token` occurs at least `times` times in the record ('r' and 'y' mark it apart from others). */
const repeatToken = (token: string, times: number): string => `r${times}y${token}`;

export const kindToken = (kind: string): string => `k${Array.from(kind).map(spell).join('x')}`;

export interface IndexedText {
  /** The FTS5 column: the record's kind, its distinct characters and pairs, and their repeats. */
  readonly tokens: string;
  /** Characters of the searched text, for ranking (BM25's document length). */
  readonly length: number;
}

/** The tokens of one record: its kind, then each distinct character and pair of its text. */
export function tokensForIndex(kind: string, text: string): IndexedText {
  const chars = Array.from(normalizeSearchText(text));
  const counts = new Map<string, number>();
  const count = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  for (let index = 0; index < chars.length; index++) {
    count(unigram(chars[index] ?? ''));
    if (index > 0) count(bigramToken(chars[index - 1] ?? '', chars[index] ?? ''));
  }
  const tokens = [kindToken(kind)];
  for (const [token, times] of counts) {
    tokens.push(token);
    for (let atLeast = 2; atLeast <= times; atLeast++) tokens.push(repeatToken(token, atLeast));
  }
  return { tokens: tokens.join(' '), length: chars.length };
}

/** The query as the index and the check see it (trimmed, normalised), or '' for none. */
export const searchNeedle = (query: string): string => normalizeSearchText(query.trim());

/** Whether the records an expression finds must still be checked for the query (3+ characters). */
export const queryNeedsCheck = (query: string): boolean =>
  Array.from(searchNeedle(query)).length > 2;

/** The tokens a query asks for: its character, or its distinct pairs. */
function queryTokens(query: string): string[] {
  const chars = Array.from(searchNeedle(query));
  if (chars.length === 1) return [unigram(chars[0] ?? '')];
  const pairs = new Set<string>();
  for (let index = 1; index < chars.length; index++) {
    pairs.add(bigramToken(chars[index - 1] ?? '', chars[index] ?? ''));
  }
  return [...pairs];
}

/**
 * The FTS5 MATCH expression for a user's query, or null when there is nothing to search for. It
 * finds exactly the records holding a query of 1 or 2 characters, and for a longer query those
 * holding each of its pairs (check those with `queryNeedsCheck`).
 */
export function matchExpression(query: string, kinds: readonly string[] = []): string | null {
  if (searchNeedle(query) === '') return null;
  const text = queryTokens(query).join(' AND ');
  if (kinds.length === 0) return text;
  return `(${text}) AND (${kinds.map(kindToken).join(' OR ')})`;
}

/**
 * Records where each of the query's tokens occurs at least `times` (≥ 2) times: those where the
 * query can occur that often. Exact for 1 character; for 2 characters overlapping repeats count
 * (“啊啊啊” holds 啊啊 twice); for more, an upper bound (the rarest pair's count).
 */
export function repeatExpression(query: string, times: number): string | null {
  if (searchNeedle(query) === '') return null;
  return queryTokens(query)
    .map((token) => repeatToken(token, times))
    .join(' AND ');
}
