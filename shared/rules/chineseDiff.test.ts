import { describe, expect, it } from 'vitest';
import { diffChineseText, wordsOf } from './chineseDiff.ts';

const changed = (parts: ReturnType<typeof diffChineseText>) =>
  parts.filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text}`);

describe('word-level Chinese diff', () => {
  it('segments Chinese into words, keeping figures whole', () => {
    expect(wordsOf('投入教育经费1.2亿元')).toEqual(['投入', '教育', '经费', '1.2', '亿', '元']);
  });

  it('shows exactly the changed words of two versions', () => {
    const before = '全县今年新建学校3所，投入资金1.2亿元。\n第二段没有改动。';
    const after = '全县今年新建中学3所，投入资金1.3亿元。\n第二段没有改动。';
    expect(changed(diffChineseText(before, after))).toEqual([
      'removed:学校',
      'added:中学',
      'removed:1.2',
      'added:1.3',
    ]);
  });

  it('keeps the unchanged text, so both versions can be read back from the parts', () => {
    const before = '一、基本情况\n今年以来，全县教育工作稳步推进。\n谢谢大家！';
    const after = '一、基本情况\n今年以来，全县教育工作取得明显成效。\n新增一段。\n谢谢大家！';
    const parts = diffChineseText(before, after);
    const read = (skip: 'added' | 'removed') =>
      parts
        .filter((part) => part.kind !== skip)
        .map((part) => part.text)
        .join('');
    expect(read('added')).toBe(before);
    expect(read('removed')).toBe(after);
    expect(changed(parts)).toEqual([
      'removed:稳步推进',
      'added:取得明显成效',
      'added:\n新增一段。',
    ]);
  });

  it('reports nothing for identical texts and a whole text for an empty one', () => {
    expect(changed(diffChineseText('相同的内容。', '相同的内容。'))).toEqual([]);
    expect(changed(diffChineseText('', '新写的。'))).toEqual(['added:新写的。']);
  });

  it('handles a long document with a few edits quickly', () => {
    const paragraph = '全县各级各类学校认真落实立德树人根本任务，教育质量稳步提升。';
    const lines = Array.from({ length: 3000 }, (_, index) => `${index}${paragraph}`);
    const edited = [...lines];
    edited[1500] = edited[1500]?.replace('稳步提升', '显著提升') ?? '';
    const started = performance.now();
    const parts = diffChineseText(lines.join('\n'), edited.join('\n'));
    expect(changed(parts)).toEqual(['removed:稳步', 'added:显著']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
