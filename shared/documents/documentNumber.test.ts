import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './documentNumber.ts';

describe('发文字号', () => {
  it('puts the full year in 六角括号 and the serial without 第 or leading zeros', () => {
    const number = formatDocumentNumber('示政新', 2026, 3);
    expect(number).toBe('示政新〔2026〕3号');
    expect([...number].map((character) => character.codePointAt(0))).toContain(0x3014);
    expect([...number].map((character) => character.codePointAt(0))).toContain(0x3015);
    expect(number).not.toMatch(/[[\]()（）［］【】第]/);
  });

  it('writes serials of any length as they are', () => {
    expect(formatDocumentNumber('示政新', 2027, 1)).toBe('示政新〔2027〕1号');
    expect(formatDocumentNumber('示政新', 2026, 10)).toBe('示政新〔2026〕10号');
    expect(formatDocumentNumber('示政新函', 2026, 128)).toBe('示政新函〔2026〕128号');
  });

  it('refuses a serial or year that no register gives', () => {
    expect(() => formatDocumentNumber('示政新', 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber('示政新', 2026, 1.5)).toThrow(RangeError);
    expect(() => formatDocumentNumber('示政新', 26, 1)).toThrow(RangeError);
  });
});
