import { findMatches } from '../../../shared/search/searchText.ts';
import type { IndexedText } from './transcriptSearchRepository.ts';

/** Chinese characters only: no case, no full-width form, so search normalisation leaves them be. */
const ideographsOnly = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

/**
 * How often the query occurs in a text, as search matches it. A query of Chinese characters only
 * is counted on the text as it is (normalising every candidate character by character costs more
 * than the rest of a search); any other query goes through the shared matcher.
 */
function occurrenceCounter(query: string): (text: string) => number {
  const needle = query.trim();
  if (!ideographsOnly.test(needle)) return (text) => findMatches(text, query).length;
  return (text) => {
    let occurrences = 0;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      occurrences += 1;
    }
    return occurrences;
  };
}

// The usual BM25 constants: how fast repeats stop counting, and how much length matters.
const saturation = 1.2;
const lengthWeight = 0.75;

/**
 * Orders the candidates of one query by BM25's term-frequency part, computed here on their text.
 * For a query that is one phrase, BM25's other factor (how rare the phrase is) is the same for
 * every candidate, so this is BM25's order, without reading every match to learn that rarity.
 * Ties go to the newer entry.
 */
export function rankByRelevance(texts: readonly IndexedText[], query: string): number[] {
  const count = occurrenceCounter(query);
  const scored = texts.map((text) => {
    const content = `${text.title}\n${text.body}`;
    return { rowid: text.rowid, occurrences: count(content), length: content.length };
  });
  const averageLength = scored.reduce((sum, item) => sum + item.length, 0) / (scored.length || 1);
  const score = (item: (typeof scored)[number]) =>
    (item.occurrences * (saturation + 1)) /
    (item.occurrences +
      saturation * (1 - lengthWeight + (lengthWeight * item.length) / averageLength));
  return scored
    .map((item) => ({ rowid: item.rowid, score: score(item) }))
    .sort((a, b) => b.score - a.score || b.rowid - a.rowid)
    .map((item) => item.rowid);
}
