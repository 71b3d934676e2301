import { describe, expect, it } from 'vitest';
import { groupedHash, shortCode } from './checkCode.ts';

describe('check codes', () => {
  const hash = 'f86e1a92cf12d33f00112233445566778899aabbccddeeff0011223344556677';

  it('shows the first eight hex digits in two groups, upper case', () => {
    expect(shortCode(hash)).toBe('F86E-1A92');
  });

  it('groups the full value by four', () => {
    expect(groupedHash(hash).split(' ')).toHaveLength(16);
    expect(groupedHash(hash).startsWith('F86E 1A92 CF12')).toBe(true);
  });
});
