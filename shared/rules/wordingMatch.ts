import type { WordingEntry, WordingHit, WordingKind } from '../domain/materialWording.ts';
import { normalizeSearchText } from '../search/searchText.ts';

const kindOrder: Readonly<Record<WordingKind, number>> = {
  forbidden: 0,
  sensitive: 1,
  preferred: 2,
};

interface Candidate {
  readonly entry: WordingEntry;
  readonly needle: string;
}

/**
 * The word lists prepared for matching: entries grouped by their first character, longest first,
 * forbidden before sensitive before preferred. Build once per list, match many texts.
 */
export interface WordingMatcher {
  readonly byFirstChar: ReadonlyMap<string, readonly Candidate[]>;
}

export function wordingMatcher(entries: readonly WordingEntry[]): WordingMatcher {
  const byFirstChar = new Map<string, Candidate[]>();
  for (const entry of entries) {
    const needle = normalizeSearchText(entry.word.trim());
    const first = needle[0];
    if (first === undefined) continue;
    const list = byFirstChar.get(first) ?? [];
    list.push({ entry, needle });
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) {
    list.sort(
      (a, b) =>
        b.needle.length - a.needle.length || kindOrder[a.entry.kind] - kindOrder[b.entry.kind],
    );
  }
  return { byFirstChar };
}

/**
 * Every listed word in `text`, left to right, without overlaps (the longest word at a position
 * wins). Matching ignores case and full-width/half-width differences; offsets are the text's own.
 */
export function findWordingHits(text: string, matcher: WordingMatcher): WordingHit[] {
  if (matcher.byFirstChar.size === 0) return [];
  const haystack = normalizeSearchText(text);
  const hits: WordingHit[] = [];
  let index = 0;
  while (index < haystack.length) {
    const candidates = matcher.byFirstChar.get(haystack[index] ?? '');
    const found = candidates?.find((candidate) => haystack.startsWith(candidate.needle, index));
    if (found) {
      const { entry } = found;
      hits.push({
        entryId: entry.id,
        kind: entry.kind,
        word: entry.word,
        suggestion: entry.suggestion,
        start: index,
        end: index + found.needle.length,
      });
      index += found.needle.length;
    } else index += 1;
  }
  return hits;
}

/** The words around a hit, for a list a person can scan. */
export function excerptAround(text: string, start: number, end: number, radius = 12): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
