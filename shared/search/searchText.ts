/**
 * The one normalisation used to index and to query: lower case, full-width ASCII folded to
 * half-width. It maps each code point to exactly one code point, so positions found in normalised
 * text are positions in the original (needed for highlighting).
 */
export function normalizeSearchText(text: string): string {
  let out = '';
  for (const char of text) out += normalizeCodePoint(char);
  return out;
}

function normalizeCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  return char.toLowerCase().length === char.length ? char.toLowerCase() : char;
}

export interface HighlightRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Characters no other character folds into (Chinese, Japanese and Korean scripts and their
 * punctuation, not the ideographic space): a needle made only of them is found in a text as it
 * is, at the same positions as in the normalised text.
 */
const foldFree =
  /^[\u2e80-\u2fff\u3001-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\u{20000}-\u{3ffff}]+$/u;

export const isFoldFree = (needle: string): boolean => foldFree.test(needle);

/** Every occurrence of the query in the text, as UTF-16 ranges of the original text. */
export function findMatches(text: string, query: string): HighlightRange[] {
  const needle = normalizeSearchText(query.trim());
  if (needle.length === 0) return [];
  const haystack = isFoldFree(needle) ? text : normalizeSearchText(text);
  const ranges: HighlightRange[] = [];
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    ranges.push({ start: from, end: from + needle.length });
    from = haystack.indexOf(needle, from + needle.length);
  }
  return ranges;
}
