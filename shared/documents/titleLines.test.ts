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

  it('never breaks inside a date, nor before closing or after opening punctuation', () => {
    const title = '新闻发布归档目录（2000年1月1日至2000年12月31日）';
    const lines = balancedTitleLines(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line, line).not.toMatch(/^[）。，]|（$/);
      for (const date of ['2000年1月1日', '2000年12月31日']) {
        const start = title.indexOf(date);
        const lineStart = title.indexOf(line);
        const lineEnd = lineStart + line.length;
        expect(lineEnd <= start || lineEnd >= start + date.length, `${line} cuts ${date}`).toBe(
          true,
        );
      }
    }
  });

  it('keeps the words of government titles whole (第四季度, 全县, 发布会)', () => {
    expect(balancedTitleLines('关于同意召开2026年第四季度教育工作新闻发布会的函')).toEqual([
      '关于同意召开2026年第四季度',
      '教育工作新闻发布会的函',
    ]);
    expect(balancedTitleLines('关于2026年第三季度全县新闻发布工作情况的通报')).toEqual([
      '关于2026年第三季度全县',
      '新闻发布工作情况的通报',
    ]);
  });
});
