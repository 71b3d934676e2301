import { describe, expect, it } from 'vitest';
import { rankByRelevance } from './turnRanking.ts';

const texts = [
  { rowid: 1, title: '赵发布', body: '防汛物资储备充足。' },
  { rowid: 2, title: '钱发言', body: '防汛，防汛，还是防汛。' },
  {
    rowid: 3,
    title: '李主持',
    body: '今年的防汛准备已经就绪，各项工作正在有序推进之中，请大家放心。',
  },
  { rowid: 4, title: '孙参加', body: '防汛物资储备充足。' },
];

describe('ranking the newest matches', () => {
  it('puts the turn that says it most first, a long turn last, and the newer of equals first', () => {
    expect(rankByRelevance(texts, '防汛')).toEqual([2, 4, 1, 3]);
  });

  it('counts the same with the fast path for Chinese and the shared matcher otherwise', () => {
    const mixed = [
      { rowid: 1, title: '', body: 'GDP增长，ＧＤＰ也算，gdp。' },
      { rowid: 2, title: '', body: 'GDP增长。' },
    ];
    expect(rankByRelevance(mixed, 'gdp')).toEqual([1, 2]);
    expect(rankByRelevance(texts, ' 防汛 ')).toEqual([2, 4, 1, 3]);
  });
});
