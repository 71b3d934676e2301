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

/** Every occurrence of the query in the text, as UTF-16 ranges of the original text. */
export function findMatches(text: string, query: string): HighlightRange[] {
  const needle = normalizeSearchText(query.trim());
  if (needle.length === 0) return [];
  const haystack = normalizeSearchText(text);
  const ranges: HighlightRange[] = [];
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    ranges.push({ start: from, end: from + needle.length });
    from = haystack.indexOf(needle, from + needle.length);
  }
  return ranges;
}
