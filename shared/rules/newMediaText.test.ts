import { describe, expect, it } from 'vitest';
import { headingJson, materialDocumentOf, paragraphJson } from '../lexical/materialJson.ts';
import { newMediaText, weiboLength, weiboMaxLength } from './newMediaText.ts';

describe('new-media text of a release', () => {
  it('counts as Weibo does: Chinese one each, ASCII a half each, rounded up', () => {
    expect(weiboLength('新闻发布会')).toBe(5);
    expect(weiboLength('abcd')).toBe(2);
    expect(weiboLength('2026年')).toBe(3);
    expect(weiboLength('a')).toBe(1);
  });

  it('keeps the title, numbered headings and paragraphs, without indentation', () => {
    const result = newMediaText(
      materialDocumentOf([
        headingJson('h1', '县教育体育局召开秋季学位供给新闻发布会'),
        paragraphJson('　　11月27日，县教育体育局召开新闻发布会。'),
        headingJson('h2', '学位供给'),
        headingJson('h3', '城区'),
        paragraphJson('新增学位3200个。'),
        paragraphJson(''),
        headingJson('h2', '下一步'),
      ]),
    );
    expect(result.text).toBe(
      [
        '【县教育体育局召开秋季学位供给新闻发布会】',
        '11月27日，县教育体育局召开新闻发布会。',
        '一、学位供给',
        '（一）城区',
        '新增学位3200个。',
        '二、下一步',
      ].join('\n\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('warns past 140 characters that Weibo folds the post, and past the limit that it cannot post', () => {
    const folded = newMediaText(materialDocumentOf([paragraphJson('字'.repeat(141))]));
    expect(folded.weiboLength).toBe(141);
    expect(folded.warnings).toEqual([expect.stringContaining('折叠')]);
    const tooLong = newMediaText(
      materialDocumentOf([paragraphJson('字'.repeat(weiboMaxLength + 1))]),
    );
    expect(tooLong.warnings).toEqual([expect.stringContaining('上限')]);
    const short = newMediaText(materialDocumentOf([paragraphJson('字'.repeat(140))]));
    expect(short.warnings).toEqual([]);
  });
});
