import { describe, expect, it } from 'vitest';
import { textWidthInEms } from './blocks/tableMetrics.ts';
import { wrapAtWords } from './wordWrap.ts';

describe('wrapAtWords', () => {
  const title = '2000年1月1日至2000年12月31日全县社会救助和养老服务新闻发布会';

  it('breaks between words, never inside a date, within the width', () => {
    for (const width of [10, 12.5, 16]) {
      const lines = wrapAtWords(title, width);
      expect(lines.join(''), `${width}`).toBe(title);
      for (const line of lines) expect(textWidthInEms(line), line).toBeLessThanOrEqual(width);
      for (const date of ['2000年1月1日', '2000年12月31日']) {
        expect(
          lines.some((line) => line.includes(date)),
          `${width}: ${date}`,
        ).toBe(true);
      }
      for (const word of ['社会', '救助', '养老', '服务', '新闻', '发布会']) {
        expect(
          lines.some((line) => line.includes(word)),
          `${width}: ${word}`,
        ).toBe(true);
      }
    }
  });

  it('makes even lines, or fills them unless a stub would be left alone', () => {
    expect(wrapAtWords('2026年社会救助和养老服务新闻发布会', 12)).toEqual([
      '2026年社会救助和',
      '养老服务新闻发布会',
    ]);
    const filled = wrapAtWords(
      '县融媒体中心（新媒体）、市日报社（报纸）、市广播电视台',
      14,
      'fill',
    );
    expect(filled[0]?.length).toBeGreaterThan(10);
    const stub = wrapAtWords('王局长，县教育体育局党组书记、局长', 15, 'fill');
    expect(Math.min(...stub.map((line) => textWidthInEms(line)))).toBeGreaterThanOrEqual(2.5);
  });

  it('breaks each paragraph by itself, and cuts a word longer than a line', () => {
    expect(wrapAtWords('第一段\n第二段', 10)).toEqual(['第一段', '第二段']);
    expect(wrapAtWords('中华人民共和国', 3).every((line) => textWidthInEms(line) <= 3)).toBe(true);
  });
});
