import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { indexDocument } from '../search/searchRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { turnSearchKind } from './turnIndex.ts';
import { rankTurns } from './turnRanking.ts';

let folder: ReturnType<typeof tempFolder>;
let db: DatabaseSync;

beforeEach(() => {
  folder = tempFolder();
  db = openDatabase(join(folder.path, 'w.sqlite'), { backupDir: join(folder.path, 'b') });
});
afterEach(() => {
  db.close();
  folder.remove();
});

/** Indexes the turns in order (rowids 1, 2, …) and returns rank order as positions 1, 2, …. */
function ranked(turns: readonly { title: string; body: string }[], query: string, window = 500) {
  const rowids = turns.map((turn, index) => {
    indexDocument(db, { kind: turnSearchKind, refId: `t${index}`, ...turn, updatedAt: 'x' });
    return (
      db.prepare('SELECT id FROM search_documents WHERE ref_id = ?').get(`t${index}`) as {
        id: number;
      }
    ).id;
  });
  return rankTurns(db, query, window).map((rowid) => rowids.indexOf(rowid) + 1);
}

const texts = [
  { title: '赵发布', body: '防汛物资储备充足。' },
  { title: '钱发言', body: '防汛，防汛，还是防汛。' },
  { title: '李主持', body: '今年的防汛准备已经就绪，各项工作正在有序推进之中，请大家放心。' },
  { title: '孙参加', body: '防汛物资储备充足。' },
];

describe('ranking the newest matches', () => {
  it('puts the turn that says it most first, a long turn last, and the newer of equals first', () => {
    expect(ranked(texts, '防汛')).toEqual([2, 4, 1, 3]);
  });

  it('counts folded letters as the query, and a padded query as the query', () => {
    const mixed = [
      { title: '', body: 'GDP增长。' },
      { title: '', body: 'GDP增长，ＧＤＰ也算，gdp。' },
      { title: '', body: 'GDP增长。' },
    ];
    expect(ranked(mixed, 'gdp')).toEqual([2, 3, 1]);
  });

  it('ranks the newest turns holding each pair of a long query (the page checks the query)', () => {
    const turns = [
      { title: '', body: '乡村振兴，乡村振兴。' },
      { title: '', body: '乡村，村振，振兴：不连在一起。' },
      { title: '', body: '乡村振兴。' },
      { title: '', body: '乡村振兴。' },
    ];
    expect(ranked(turns, ' 乡村振兴 ', 3)).toEqual([4, 3, 2]);
    db.exec('DELETE FROM search_index; DELETE FROM search_documents;');
    expect(ranked(turns, '乡村振兴')).toEqual([1, 4, 3, 2]);
  });
});
