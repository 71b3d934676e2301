/**
 * The four levels of 结构层次序数 of GB/T 9704-2012 (7.3.3): 一、 in 黑体, （一） in 楷体, 1. and （1）
 * in 仿宋. Office staff type these numbers as text at the start of an ordinary paragraph; this tells
 * such a heading from a numbered sentence, so that the Word export and the editor treat it as one.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TypedHeading {
  readonly level: HeadingLevel;
  /** The number as typed ("一、", "（一）", "1.", "（1）"). */
  readonly number: string;
  /**
   * The length (UTF-16, as `String.slice` counts) of the paragraph's start that is the heading,
   * leading spaces and number included; what follows is run-in body text.
   */
  readonly headingLength: number;
  /** Body text follows the heading in the same paragraph (“（一）加强领导。各单位要……”). */
  readonly runIn: boolean;
}

/** A heading fits one line of 28 characters, with a little room for a longer one. */
export const maxHeadingCharacters = 30;
/** A run-in heading is a short phrase closed by 。 before the body text. */
export const maxRunInHeadingCharacters = 20;

const numeral = '[一二三四五六七八九十百零〇]+';
const numberPatterns: readonly (readonly [HeadingLevel, RegExp])[] = [
  [1, new RegExp(`^${numeral}、`, 'u')],
  [2, new RegExp(`^[（(]${numeral}[）)]`, 'u')],
  // "1." or "1．", but not the "1.2" of a decimal number.
  [3, /^\d{1,2}[.．](?![\d.．])/u],
  [4, /^[（(]\d{1,2}[）)]/u],
];

const sentenceEnd = /[。！？!?]/u;
/** A heading ends neither with a clause's comma or semicolon nor a list item's 、. */
const clauseEnd = /[，,；;、]$/u;
/** A run-in heading is a phrase: no clause inside it. */
const clauseMark = /[，,；;：:]/u;

const characters = (text: string): number => Array.from(text).length;

/** The heading `text` (a paragraph's plain text) begins with, or null when it reads as body text. */
export function typedHeading(text: string): TypedHeading | null {
  if (text.includes('\n')) return null;
  const start = text.length - text.trimStart().length;
  const body = text.slice(start);
  const found = numberPatterns
    .map(([level, pattern]) => [level, pattern.exec(body)?.[0]] as const)
    .find(([, number]) => number !== undefined);
  if (!found) return null;
  const [level, number = ''] = found;
  const rest = body.slice(number.length);
  const title = rest.trim();
  if (title === '') return null;

  const end = sentenceEnd.exec(rest);
  if (!end) {
    if (clauseEnd.test(title) || characters(number + title) > maxHeadingCharacters) return null;
    return { level, number, headingLength: text.trimEnd().length, runIn: false };
  }
  const phrase = rest.slice(0, end.index).trim();
  const following = rest.slice(end.index + end[0].length).trim();
  // A whole sentence after a number is a numbered paragraph, not a heading.
  if (following === '' || phrase === '') return null;
  if (clauseMark.test(phrase) || characters(phrase) > maxRunInHeadingCharacters) return null;
  return {
    level,
    number,
    headingLength: start + number.length + end.index + end[0].length,
    runIn: true,
  };
}
