import { describe, expect, it } from 'vitest';
import { characterCount } from './materialBlocks.ts';

/** The definition, character by character. */
function reference(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/.test(char)) count += 1;
  return count;
}

describe('字数', () => {
  it('counts every character but white space', () => {
    expect(characterCount('全县 教育\n工作　稳步\t推进。')).toBe(11);
    expect(characterCount('𠮷野家 ok')).toBe(5);
    expect(characterCount('')).toBe(0);
  });

  it('agrees with counting character by character on generated text', () => {
    const pieces = [
      '中',
      '文',
      'a',
      ' ',
      '\n',
      '\u3000',
      '\u00a0',
      '𠮷',
      '\ud800',
      '\udc00',
      '，',
      '1',
    ];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      expect(characterCount(text)).toBe(reference(text));
    }
  });
});
