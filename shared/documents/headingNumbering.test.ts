import { describe, expect, it } from 'vitest';
import { typedHeading } from './headingNumbering.ts';

describe('headings typed as text', () => {
  it('reads each of the four numbers of GB/T 9704 as its level', () => {
    expect(typedHeading('一、资金投入情况')).toEqual({
      level: 1,
      number: '一、',
      headingLength: 8,
      runIn: false,
    });
    expect(typedHeading('十二、下一步工作打算')).toMatchObject({ level: 1, number: '十二、' });
    expect(typedHeading('（三）学位供给')).toMatchObject({ level: 2, number: '（三）' });
    expect(typedHeading('(三)学位供给')).toMatchObject({ level: 2, number: '(三)' });
    expect(typedHeading('1.基本情况')).toMatchObject({ level: 3, number: '1.', runIn: false });
    expect(typedHeading('2．主要举措')).toMatchObject({ level: 3, number: '2．' });
    expect(typedHeading('（1）城区学校')).toMatchObject({ level: 4, number: '（1）' });
  });

  it('keeps a heading with a comma between two phrases', () => {
    expect(typedHeading('一、提高政治站位，强化责任担当')).toMatchObject({ level: 1 });
  });

  it('counts leading and trailing spaces outside the heading', () => {
    expect(typedHeading('\u3000\u3000一、资金投入情况  ')).toEqual({
      level: 1,
      number: '一、',
      headingLength: 10,
      runIn: false,
    });
  });

  it('reads a short phrase closed by 。 before body text as a run-in heading', () => {
    const text = '（一）加强领导。各单位要高度重视，明确专人负责。';
    const heading = typedHeading(text);
    expect(heading).toEqual({ level: 2, number: '（一）', headingLength: 8, runIn: true });
    expect(text.slice(0, heading?.headingLength)).toBe('（一）加强领导。');
    expect(typedHeading('1.基本情况。全县共有中小学48所。')).toMatchObject({
      level: 3,
      runIn: true,
      headingLength: 7,
    });
  });

  it('leaves a numbered sentence as body text', () => {
    expect(typedHeading('一、今年以来，全县投入资金1.2亿元，新增学位3000个。')).toBeNull();
    expect(typedHeading('1.发布辞已经局党组会议审定。')).toBeNull();
    expect(typedHeading('（二）坚持问题导向，狠抓整改落实。各单位要……')).toBeNull();
    expect(
      typedHeading('（一）今年以来全县围绕教育优先发展战略持续加大投入力度。各单位要……'),
    ).toBeNull();
  });

  it('leaves a list item, a lead-in and a long line as body text', () => {
    expect(typedHeading('（1）邀请媒体8家；')).toBeNull();
    expect(typedHeading('一、全县新建学校、扩建学校和改造薄弱学校的情况，')).toBeNull();
    expect(
      typedHeading('一、关于全县义务教育阶段学校布局调整和新增学位建设情况以及下一步工作安排'),
    ).toBeNull();
  });

  it('does not take a year, a decimal or a bare number for a heading number', () => {
    expect(typedHeading('2026年全县教育工作要点')).toBeNull();
    expect(typedHeading('1.2亿元用于新建学校')).toBeNull();
    expect(typedHeading('（1）')).toBeNull();
    expect(typedHeading('一、')).toBeNull();
    expect(typedHeading('资金投入情况')).toBeNull();
    expect(typedHeading('一、资金投入\n情况')).toBeNull();
  });
});
