import { describe, expect, it } from 'vitest';
import type { WordingEntry } from '../domain/materialWording.ts';
import { blocksOf } from '../lexical/materialBlocks.ts';
import { headingJson, materialDocumentOf, paragraphJson } from '../lexical/materialJson.ts';
import { forbiddenWordsMessage, locateWordingHits } from './wordingHits.ts';
import { findWordingHits, wordingMatcher } from './wordingMatch.ts';

const entry = (
  id: string,
  kind: WordingEntry['kind'],
  word: string,
  suggestion = '',
): WordingEntry => ({
  id,
  kind,
  word,
  suggestion,
  note: '',
  updatedAt: '2026-11-27T00:00:00.000Z',
});

const lists = wordingMatcher([
  entry('1', 'forbidden', '绝对保证'),
  entry('2', 'sensitive', '保证'),
  entry('3', 'preferred', '农民工', '进城务工人员'),
  entry('4', 'sensitive', 'ABC'),
]);

describe('wording lists', () => {
  it('finds every listed word, the longest at a position, with its offsets', () => {
    const hits = findWordingHits('我们绝对保证，也保证农民工工资。', lists);
    expect(hits.map((hit) => [hit.kind, hit.word, hit.start, hit.end, hit.suggestion])).toEqual([
      ['forbidden', '绝对保证', 2, 6, ''],
      ['sensitive', '保证', 8, 10, ''],
      ['preferred', '农民工', 10, 13, '进城务工人员'],
    ]);
  });

  it('ignores case and full-width letters', () => {
    expect(findWordingHits('ａｂｃ和abc', lists).map((hit) => hit.start)).toEqual([0, 4]);
  });

  it('says which forbidden word blocks clearance, and where', () => {
    const blocks = blocksOf(
      materialDocumentOf([
        headingJson('h1', '发布辞'),
        headingJson('h2', '基本情况'),
        paragraphJson('今年以来工作顺利。'),
        paragraphJson('我们绝对保证按期完成。'),
      ]),
    );
    const hits = locateWordingHits(blocks, lists);
    expect(hits.map((hit) => [hit.word, hit.location])).toEqual([
      ['绝对保证', '“一、基本情况”下第2段'],
    ]);
    expect(forbiddenWordsMessage(hits)).toBe(
      '材料含有禁用词“绝对保证”（“一、基本情况”下第2段：我们绝对保证按期完成。），不能签署审查。请修改后再签署。',
    );
  });
});
