import { describe, expect, it } from 'vitest';
import { wordPieces } from './wordPieces.ts';

describe('word pieces', () => {
  it('keeps dates, times and numbers with their units whole', () => {
    const pieces = wordPieces('2000年1月1日至2000年12月31日09:30召开，新建学校12所');
    expect(pieces.join('')).toBe('2000年1月1日至2000年12月31日09:30召开，新建学校12所');
    for (const whole of ['2000年1月1日', '2000年12月31日', '09:30', '12所']) {
      expect(
        pieces.some((piece) => piece.includes(whole)),
        whole,
      ).toBe(true);
    }
  });

  it('joins closing punctuation to the word before and opening punctuation to the word after', () => {
    const pieces = wordPieces('县融媒体中心（新媒体）、市日报社');
    expect(pieces.some((piece) => /^[）、]/.test(piece))).toBe(false);
    expect(pieces.some((piece) => /（$/.test(piece))).toBe(false);
    expect(pieces.join('')).toBe('县融媒体中心（新媒体）、市日报社');
  });
});
