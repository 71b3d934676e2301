import { describe, expect, it } from 'vitest';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  textJson,
} from '../../../../shared/lexical/materialJson.ts';
import type { SerializedNodeJson } from '../../../../shared/lexical/materialDocument.ts';
import type { DocumentBlock } from '../officialDocument.ts';
import { materialToDocument } from './materialToDocument.ts';

const blocksOf = (nodes: readonly SerializedNodeJson[]): readonly DocumentBlock[] =>
  materialToDocument(materialDocumentOf(nodes), { fallbackTitle: '新闻通稿' }).document.blocks;

describe('paragraphs typed as headings', () => {
  it('exports a 新闻通稿 typed in plain paragraphs with its headings at their levels', () => {
    const blocks = blocksOf([
      headingJson('h1', '我县加大教育投入'),
      paragraphJson('今年以来，全县持续加大教育投入。'),
      paragraphJson('一、资金投入情况'),
      paragraphJson('一、今年以来，全县投入资金1.2亿元，新增学位3000个。'),
      paragraphJson('（一）学位供给'),
      paragraphJson('1.基本情况'),
      paragraphJson('（1）城区学校'),
      paragraphJson('2026年全县新建学校5所。'),
      paragraphJson('（1）'),
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: ['今年以来，全县持续加大教育投入。'] },
      { kind: 'heading1', runs: ['一、资金投入情况'] },
      { kind: 'paragraph', runs: ['一、今年以来，全县投入资金1.2亿元，新增学位3000个。'] },
      { kind: 'heading2', runs: ['（一）学位供给'] },
      { kind: 'heading3', runs: ['1.基本情况'] },
      { kind: 'heading4', runs: ['（1）城区学校'] },
      { kind: 'paragraph', runs: ['2026年全县新建学校5所。'] },
      { kind: 'paragraph', runs: ['（1）'] },
    ]);
  });

  it('runs the body text on after a run-in heading, keeping emphasis on both sides', () => {
    const [block] = blocksOf([
      paragraphJson([
        textJson('（一）加强领导。各单位'),
        textJson('要高度重视', 1),
        textJson('，明确专人负责。'),
      ]),
    ]);
    expect(block).toEqual({
      kind: 'heading2',
      runs: ['（一）加强领导。'],
      runIn: [
        '各单位',
        { text: '要高度重视', bold: true, italic: false, underline: false },
        '，明确专人负责。',
      ],
    });
  });

  it('leaves the headings the editor numbers as they were', () => {
    expect(blocksOf([headingJson('h2', '基本情况'), headingJson('h3', '学位供给')])).toEqual([
      { kind: 'heading1', runs: ['一、', '基本情况'] },
      { kind: 'heading2', runs: ['（一）', '学位供给'] },
    ]);
  });
});

/** A list item that holds a nested list, as Lexical saves one. */
const nestedItem = (list: SerializedNodeJson): SerializedNodeJson => ({
  children: [list],
  direction: null,
  format: '',
  indent: 0,
  type: 'listitem',
  value: 2,
  version: 1,
});

describe('lists', () => {
  it('numbers a bulleted list 1. 2. and its nested items (1) (2), numbering on after them', () => {
    const outer = listJson('bullet', ['新建城南小学', '扩建第二中学']);
    const inner = listJson('bullet', ['教学楼', '运动场']);
    const withNested = { ...outer, children: [...(outer.children ?? [])] };
    withNested.children.splice(1, 0, nestedItem(inner));
    expect(blocksOf([withNested])).toEqual([
      { kind: 'list', style: 'decimal', items: [['新建城南小学']] },
      { kind: 'list', style: 'parenthesised', items: [['教学楼'], ['运动场']] },
      { kind: 'list', style: 'decimal', start: 2, items: [['扩建第二中学']] },
    ]);
  });

  it('numbers a numbered list from its start', () => {
    expect(blocksOf([{ ...listJson('number', ['甲', '乙']), start: 3 }])).toEqual([
      { kind: 'list', style: 'decimal', start: 3, items: [['甲'], ['乙']] },
    ]);
  });
});
