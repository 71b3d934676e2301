import { z } from 'zod';

/**
 * Characters a one-line name or title may not hold, each with what the user is told. Bidi controls
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) reorder the text around them, so a name
 * could read differently in a list or an exported document than it was typed; zero-width and other
 * format characters (U+200B–U+200D, U+2060, U+FEFF, …) make two names that look alike differ, or
 * hide text. The bidi test comes first: those characters are format characters too.
 */
const forbiddenInLine: readonly (readonly [RegExp, (label: string) => string])[] = [
  [/[\p{Cc}\p{Zl}\p{Zp}]/u, (label) => `${label}不能包含换行、制表符、空字符等控制字符。`],
  [/\p{Bidi_Control}/u, (label) => `${label}不能包含改变文字方向的控制字符。`],
  [/\p{Cf}/u, (label) => `${label}不能包含零宽字符等不可见的格式字符。`],
  [/\p{Cs}/u, (label) => `${label}含有残缺的字符（不成对的代理项）。`],
];

/** In a text of several lines: the bidi controls that override, embed or isolate a run. */
const bidiOverride = /[\u202A-\u202E\u2066-\u2069]/u;

export interface DisplayTextOptions {
  /** What the field is called in the message ("名称", "标题", "姓名"). */
  readonly label: string;
  /** A field that may be left empty (an optional title, a draft not yet complete). */
  readonly mayBeEmpty?: boolean;
  /**
   * Keep surrounding spaces: for a draft that is autosaved as it is typed, where trimming would
   * take the space the user has just typed.
   */
  readonly keepSpaces?: boolean;
}

const codePointCount = (value: string): number => {
  let count = 0;
  for (const _character of value) count += 1;
  return count;
};

/** The first thing wrong with a one-line name or title, in Chinese, or null when it is fine. */
function displayTextProblem(value: string, maxLength: number, label: string): string | null {
  for (const [pattern, message] of forbiddenInLine) {
    if (pattern.test(value)) return message(label);
  }
  return codePointCount(value) > maxLength ? `${label}不能超过 ${maxLength} 个字。` : null;
}

/**
 * A one-line text shown to people (a name, a title): trimmed, not empty, at most `maxLength`
 * characters counted by code point, with no control, bidi or invisible format characters. The
 * declared string limit is twice that (a code point is one or two UTF-16 units), so an oversized
 * input is refused before the characters are looked at.
 */
export function displayText(maxLength: number, options: DisplayTextOptions) {
  const { label, mayBeEmpty = false, keepSpaces = false } = options;
  let schema = z.string().max(maxLength * 2, `${label}不能超过 ${maxLength} 个字。`);
  if (!keepSpaces) schema = schema.trim();
  if (!mayBeEmpty) schema = schema.min(1, `${label}不能为空。`);
  return schema.superRefine((value, context) => {
    const problem = displayTextProblem(value, maxLength, label);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

/** The name of a unit, a person, an office, a register entry. */
export const displayName = (maxLength: number, label = '名称') => displayText(maxLength, { label });

/** The title of an event, a question, a notice. */
export const displayTitle = (maxLength: number, label = '标题') =>
  displayText(maxLength, { label });

/** A field of a draft: the same characters refused, but it may be empty and is stored as typed. */
export const draftText = (maxLength: number, label: string) =>
  displayText(maxLength, { label, mayBeEmpty: true, keepSpaces: true });

/**
 * A text of several lines (a summary, an opinion, a note): line breaks and tabs stay, but NUL and
 * the bidi overrides, embeddings and isolates, which would make the text read differently than it
 * was typed, are refused.
 */
export function plainText(maxLength: number, options: { readonly trim?: boolean } = {}) {
  let schema = z.string();
  if (options.trim) schema = schema.trim();
  return schema
    .max(maxLength)
    .refine(
      (value) => !value.includes('\u0000') && !bidiOverride.test(value),
      '文字中不能包含空字符或改变文字方向的控制字符。',
    );
}
