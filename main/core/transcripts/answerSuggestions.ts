import type { DatabaseSync } from 'node:sqlite';
import type { AnswerSuggestion } from '../../../shared/domain/transcriptViews.ts';
import {
  findMatches,
  normalizeSearchText,
  type HighlightRange,
} from '../../../shared/search/searchText.ts';
import { bigramToken, kindToken } from '../search/ftsTokens.ts';
import { answerCandidates } from './transcriptSearchRepository.ts';

/** What the 答问口径 of events and the 口径库 are indexed as (by the materials feature). */
export const answerKinds = ['material', 'answerLibrary'] as const;

const maxPairs = 64;
const snippetLength = 120;

/**
 * The pairs of characters a question is made of, leaving out those that span punctuation or
 * spaces: “学位供给怎么保障？” gives 学位, 位供, 供给, 给怎, 怎么, 么保, 保障.
 */
export function questionPairs(question: string): string[] {
  const runs = question.split(/[^\p{L}\p{N}]+/u).map((run) => Array.from(run));
  const pairs = runs.flatMap((chars) => chars.slice(1).map((char, index) => chars[index] + char));
  return [...new Set(pairs)].slice(0, maxPairs);
}

/** The FTS5 expression: any of the question's pairs, in the kinds that hold prepared answers. */
export function suggestionExpression(question: string): string | null {
  const terms = questionPairs(question).map((pair) => {
    const [first = '', second = ''] = Array.from(normalizeSearchText(pair));
    return bigramToken(first, second);
  });
  if (terms.length === 0) return null;
  return `(${[...new Set(terms)].join(' OR ')}) AND (${answerKinds.map(kindToken).join(' OR ')})`;
}

/** Every place one of the pairs occurs, overlapping ones joined: 学位 + 位供 + 供给 → 学位供给. */
function pairRanges(text: string, pairs: readonly string[]): HighlightRange[] {
  const ranges = pairs.flatMap((pair) => findMatches(text, pair)).sort((a, b) => a.start - b.start);
  const merged: HighlightRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/**
 * Prepared answers that share the most with a question, best first (bm25). Returns nothing until
 * the materials feature indexes documents of those kinds.
 */
export function suggestAnswers(db: DatabaseSync, question: string, limit = 5): AnswerSuggestion[] {
  const expression = suggestionExpression(question);
  if (expression === null) return [];
  const pairs = questionPairs(question);
  return answerCandidates(db, expression, limit).map((doc) => {
    const longest = pairRanges(doc.body, pairs).sort(
      (a, b) => b.end - b.start - (a.end - a.start),
    )[0];
    const start = longest ? Math.max(0, longest.start - 20) : 0;
    const snippet = doc.body.slice(start, start + snippetLength);
    return {
      kind: doc.kind,
      refId: doc.refId,
      title: doc.title,
      snippet,
      highlights: pairRanges(snippet, pairs),
    };
  });
}
