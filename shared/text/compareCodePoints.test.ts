import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './compareCodePoints.ts';

describe('compareCodePoints', () => {
  it('orders as the UTF-8 bytes do', () => {
    const names = [
      '20261130-县民政局',
      '20261130-城关镇人民政府',
      '20261129-县',
      'a',
      '\u{20000}',
      '\uFF08',
      '',
    ];
    const byBytes = names.toSorted((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names.toSorted(compareCodePoints)).toEqual(byBytes);
  });

  it('puts a prefix first and equal strings level', () => {
    expect(compareCodePoints('县', '县政府')).toBeLessThan(0);
    expect(compareCodePoints('县政府', '县')).toBeGreaterThan(0);
    expect(compareCodePoints('县', '县')).toBe(0);
  });
});
