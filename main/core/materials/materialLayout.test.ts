import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { characterCount, plainTextOf } from '../../../shared/lexical/materialBlocks.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
  quoteJson,
  tableJson,
  textJson,
} from '../../../shared/lexical/materialJson.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { longBriefing } from '../../../scripts/bench/editorDocument.ts';
import { assembleDocument, assembleText, contentHashOf, splitDocument } from './materialLayout.ts';

const mixed = readMaterialDocument(
  materialDocumentOf([
    headingJson('h1', '发布辞'),
    headingJson('h2', '基本情况'),
    paragraphJson([textJson('加粗', 1), textJson('与 emoji 😀 和\t制表')]),
    paragraphJson(''),
    paragraphJson(''),
    quoteJson('引用'),
    listJson('bullet', ['一', '二']),
    tableJson([
      ['项目', '数量'],
      ['学位', '2400'],
    ]),
    qaItemJson({ question: '问？', answer: '答。', owner: '钱发言', source: '县财政局' }),
  ]),
);

describe('a material stored as blocks', () => {
  for (const [name, document] of [
    ['a long briefing', readMaterialDocument(longBriefing(20_000))],
    ['every kind of block, two of them the same', mixed],
  ] as const) {
    it(`assembles to the canonical JSON of the whole, and the same text and 字数: ${name}`, () => {
      const { layout, blocks } = splitDocument(document, true);
      expect(
        assembleDocument(
          layout,
          blocks.map((block) => block.json),
        ),
      ).toBe(canonicalJson(document));
      expect(assembleText(blocks)).toBe(plainTextOf(document));
      expect(layout.charCount).toBe(characterCount(plainTextOf(document)));
    });
  }

  it('keeps a document whose root has no list of children whole', () => {
    const odd = { format: 'press-workbench/material', formatVersion: 1, editorState: { root: {} } };
    const { layout, blocks } = splitDocument(odd, false);
    expect(blocks).toEqual([]);
    expect(assembleDocument(layout, [])).toBe(canonicalJson(odd));
  });

  it('hashes the content so that any change to a block, its order or the root shows', () => {
    const children = mixed.editorState.root.children ?? [];
    const variants = [
      mixed,
      {
        ...mixed,
        editorState: { root: { ...mixed.editorState.root, children: [...children].reverse() } },
      },
      {
        ...mixed,
        editorState: { root: { ...mixed.editorState.root, children: children.slice(1) } },
      },
      { ...mixed, editorState: { root: { ...mixed.editorState.root, indent: 1 } } },
    ];
    expect(new Set(variants.map(contentHashOf)).size).toBe(variants.length);
    expect(contentHashOf(JSON.parse(canonicalJson(mixed)))).toBe(contentHashOf(mixed));
  });
});
