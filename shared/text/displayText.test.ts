import { describe, expect, it } from 'vitest';
import { displayName, displayTitle, draftText, plainText } from './displayText.ts';

const messageOf = (result: { error?: { issues: readonly { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

/** One example of each class of character a name refuses, with the message's telling words. */
const forbiddenNameCharacters: readonly (readonly [string, string, string])[] = [
  ['NUL', '\u0000', '控制字符'],
  ['a C0 control (bell)', '\u0007', '控制字符'],
  ['a tab', '\t', '控制字符'],
  ['a line feed', '\n', '控制字符'],
  ['DEL', '\u007F', '控制字符'],
  ['a C1 control (NEL)', '\u0085', '控制字符'],
  ['a C1 control (CSI)', '\u009B', '控制字符'],
  ['the line separator', '\u2028', '控制字符'],
  ['left-to-right embedding', '\u202A', '文字方向'],
  ['right-to-left override', '\u202E', '文字方向'],
  ['left-to-right isolate', '\u2066', '文字方向'],
  ['pop directional isolate', '\u2069', '文字方向'],
  ['left-to-right mark', '\u200E', '文字方向'],
  ['right-to-left mark', '\u200F', '文字方向'],
  ['Arabic letter mark', '\u061C', '文字方向'],
  ['zero-width space', '\u200B', '不可见'],
  ['zero-width non-joiner', '\u200C', '不可见'],
  ['zero-width joiner', '\u200D', '不可见'],
  ['word joiner', '\u2060', '不可见'],
  ['zero-width no-break space (BOM)', '\uFEFF', '不可见'],
  ['soft hyphen', '\u00AD', '不可见'],
  ['a lone surrogate', '\uD800', '残缺'],
];

describe('displayName', () => {
  const name = displayName(10);

  it('trims and accepts an ordinary name, markup included (it is shown as text)', () => {
    expect(name.parse('  县教育体育局 ')).toBe('县教育体育局');
    expect(name.parse('<b>粗</b>')).toBe('<b>粗</b>');
    expect(name.parse('A&B 公司')).toBe('A&B 公司');
  });

  it.each(forbiddenNameCharacters)('refuses %s inside a name', (_what, character, words) => {
    const result = name.safeParse(`县${character}教育局`);
    expect(result.success).toBe(false);
    expect(messageOf(result).join('')).toContain(words);
    expect(messageOf(result).join('')).toMatch(/^名称/);
  });

  it('refuses what is empty once trimmed, and says so', () => {
    for (const value of ['', '   ', '\u3000\u3000', '\n\t', '\uFEFF']) {
      expect(messageOf(name.safeParse(value)), JSON.stringify(value)).toEqual(['名称不能为空。']);
    }
  });

  it('counts length by code point, not by UTF-16 unit', () => {
    const supplementary = '𠀀'.repeat(10);
    expect(supplementary.length).toBe(20);
    expect(name.parse(supplementary)).toBe(supplementary);
    expect(messageOf(name.safeParse('𠀀'.repeat(11)))).toEqual(['名称不能超过 10 个字。']);
    expect(messageOf(name.safeParse('字'.repeat(11)))).toEqual(['名称不能超过 10 个字。']);
    expect(name.safeParse('字'.repeat(10)).success).toBe(true);
  });

  it('names the field it was given', () => {
    expect(messageOf(displayTitle(5).safeParse(''))).toEqual(['标题不能为空。']);
    expect(messageOf(displayName(5, '姓名').safeParse('张\u202E三'))).toEqual([
      '姓名不能包含改变文字方向的控制字符。',
    ]);
  });
});

describe('draftText', () => {
  const draft = draftText(10, '标题');

  it('keeps what was typed, spaces and emptiness included', () => {
    expect(draft.parse('')).toBe('');
    expect(draft.parse('关于 ')).toBe('关于 ');
  });

  it('refuses the same characters as a name', () => {
    for (const [, character] of forbiddenNameCharacters) {
      expect(draft.safeParse(`a${character}`).success, JSON.stringify(character)).toBe(false);
    }
  });
});

describe('plainText', () => {
  const body = plainText(100);

  it('keeps line breaks, tabs and the marks a mixed-script text may need', () => {
    const text = '第一段\n\t第二段\r\n\u200B\u200E';
    expect(body.parse(text)).toBe(text);
  });

  it('refuses NUL and every bidi override, embedding and isolate', () => {
    for (const character of [
      '\u0000',
      ...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069',
    ]) {
      expect(messageOf(body.safeParse(`正文${character}`)), JSON.stringify(character)).toEqual([
        '文字中不能包含空字符或改变文字方向的控制字符。',
      ]);
    }
  });

  it('trims only when asked to', () => {
    expect(body.parse(' a ')).toBe(' a ');
    expect(plainText(10, { trim: true }).parse(' a ')).toBe('a');
  });
});
