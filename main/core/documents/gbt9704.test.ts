import { describe, expect, it } from 'vitest';
import {
  calendarDateInShanghai,
  formatChineseDate,
  gbt9704,
  gbt9704Twips,
  millimetresToTwips,
  pageNumberText,
} from '../../../shared/documents/gbt9704.ts';

// The numbers live in shared/documents/gbt9704.ts; their tests sit here with the layout's.
describe('GB/T 9704-2012 numbers', () => {
  it('rounds millimetres to the nearest twip, not down', () => {
    expect(millimetresToTwips(37)).toBe(2098); // 2097.64
    expect(millimetresToTwips(28)).toBe(1587); // 1587.40
    expect(millimetresToTwips(26)).toBe(1474); // 1474.02
    expect(millimetresToTwips(35)).toBe(1984); // 1984.25
  });

  it('leaves a text block of 156 x 225 mm on A4', () => {
    const { textBlock } = gbt9704Twips;
    expect(Math.abs(textBlock.width - millimetresToTwips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(textBlock.height - millimetresToTwips(225))).toBeLessThanOrEqual(1);
  });

  it('fits exactly 22 lines of one pitch in the text block', () => {
    const { linePitch, textBlock } = gbt9704Twips;
    expect(linePitch).toBe(579); // 28.95 pt, the pitch of the usual 公文 templates
    expect(22 * linePitch).toBeLessThanOrEqual(textBlock.height);
    expect(23 * linePitch).toBeGreaterThan(textBlock.height);
  });

  it('narrows body characters just enough for 28 to a line', () => {
    const { characterPitch, bodyCharacterScalePercent, textBlock } = gbt9704Twips;
    expect(bodyCharacterScalePercent).toBe(98);
    expect(gbt9704.charactersPerLine * characterPitch).toBeLessThanOrEqual(textBlock.width);
    expect(gbt9704.charactersPerLine * (characterPitch + 320 / 100)).toBeGreaterThan(
      textBlock.width,
    );
  });
});

describe('formatChineseDate', () => {
  it('writes Arabic numerals without leading zeros', () => {
    expect(formatChineseDate({ year: 2013, month: 12, day: 25 })).toBe('2013年12月25日');
    expect(formatChineseDate({ year: 2026, month: 1, day: 5 })).toBe('2026年1月5日');
  });

  it('takes the calendar date in China, whatever the machine’s time zone', () => {
    // 2026-03-31 17:30 UTC is already 1 April in Beijing.
    expect(formatChineseDate(new Date('2026-03-31T17:30:00Z'))).toBe('2026年4月1日');
    expect(formatChineseDate(new Date('2026-03-31T15:59:59Z'))).toBe('2026年3月31日');
    expect(calendarDateInShanghai(new Date('2025-12-31T16:00:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
  });
});

describe('pageNumberText', () => {
  it('puts an em dash and a half-width space on each side of the number', () => {
    expect(pageNumberText(1)).toBe('\u2014 1 \u2014');
    expect(pageNumberText(12)).toBe('— 12 —');
  });
});
