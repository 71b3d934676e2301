import { describe, expect, it } from 'vitest';
import { balancedTitleLines } from './titleLines.ts';

describe('title line breaks', () => {
  it('keeps a short title on one line', () => {
    expect(balancedTitleLines('新闻发布会审批表')).toEqual(['新闻发布会审批表']);
  });

  it('breaks a long title into even lines at word boundaries, never leaving one character alone', () => {
    const lines = balancedTitleLines('2026年第四季度教育工作新闻发布会答问口径');
    expect(lines.join('')).toBe('2026年第四季度教育工作新闻发布会答问口径');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => Array.from(line).length <= 20)).toBe(true);
    expect(Math.min(...lines.map((line) => Array.from(line).length))).toBeGreaterThan(5);
  });
});
