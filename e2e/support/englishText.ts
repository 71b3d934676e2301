import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In the English UI the chrome (labels, headers, buttons, dates, messages) is English; what stays
 * Chinese is the office's own data: titles, names, material text. A screen's text is checked after
 * blanking that data, so a Chinese date or full-width punctuation left is the UI's own.
 */
const problemPatterns: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  {
    pattern: /\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|周[一二三四五六日]/g,
    what: 'Chinese date',
  },
  { pattern: /[：；、]/g, what: 'full-width punctuation' },
];

const demoSources = 'main/core/demo';
const han = /\p{Script=Han}/gu;

/**
 * The Chinese text the demo county's seed writes: each string literal of its sources (each piece
 * of a template literal) with at least two Han characters. Shorter pieces (年, 、) would blank the
 * very punctuation and dates the check looks for.
 */
export function demoSeedStrings(): string[] {
  const pieces = new Set<string>();
  for (const file of readdirSync(demoSources)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(join(demoSources, file), 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
      const literal = match[1] ?? match[2] ?? '';
      for (const piece of literal.split(/\$\{[^}]*\}/)) {
        if ((piece.match(han)?.length ?? 0) >= 2) pieces.add(piece.replace(/\\n/g, '\n'));
      }
    }
  }
  return [...pieces];
}

/**
 * Chrome that is Chinese on purpose in the English UI: the heading numbers of the Word documents,
 * which stay Chinese, shown in the block menu as they will print.
 */
const chineseOnPurpose = ['Section, numbered 一、', 'Subsection, numbered （一）'];

/** Blanks each data string where it stands whole (longest first), keeping the text's length. */
function withoutData(text: string, data: readonly string[]): string {
  let rest = text;
  for (const piece of [...data].sort((a, b) => b.length - a.length)) {
    if (piece.length === 0) continue;
    rest = rest.split(piece).join(' '.repeat(piece.length));
  }
  return rest;
}

/** Each Chinese date or full-width punctuation mark left in `text` once `data` is blanked. */
export function englishTextProblems(text: string, data: readonly string[]): string[] {
  const rest = withoutData(text, [...data, ...chineseOnPurpose]);
  const found = new Set<string>();
  for (const { pattern, what } of problemPatterns) {
    for (const match of rest.matchAll(pattern)) {
      const start = Math.max(0, match.index - 25);
      const end = Math.min(text.length, match.index + match[0].length + 25);
      const snippet = text.slice(start, end).replace(/\s+/g, ' ').trim();
      found.add(`${what} «${match[0]}» in “${snippet}”`);
    }
  }
  return [...found];
}
