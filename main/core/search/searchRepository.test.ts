import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { inTransaction } from '../db/transaction.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { matchExpression } from './ftsTokens.ts';
import { holdsQuerySql, useSearchFunctions } from './searchCheck.ts';
import { indexDocument, removeDocument, searchDocuments, searchSql } from './searchRepository.ts';

const folder = tempFolder();
let db: DatabaseSync;

const docs = [
  {
    kind: 'transcript',
    refId: 't1',
    title: '实录一',
    body: '关于城区防汛工作的新闻发布会，主发布人介绍了今年的防汛准备。',
  },
  {
    kind: 'transcript',
    refId: 't2',
    title: '实录二',
    body: '记者提问：乡村振兴项目资金1.2亿元何时到位?',
  },
  {
    kind: 'request',
    refId: 'r1',
    title: '第三季度例行新闻发布会',
    body: '拟发布内容：防汛、乡村振兴、营商环境。',
  },
  {
    kind: 'material',
    refId: 'm1',
    title: '新闻通稿',
    body: '新闻 发布（中间有空格，不算连在一起）',
  },
  {
    kind: 'material',
    refId: 'm2',
    title: 'English Mixed',
    body: 'GDP grew 5.2% in Q3; ＧＤＰ全角字母也算。',
  },
];

beforeAll(() => {
  db = openDatabase(join(folder.path, 'w.sqlite'), { backupDir: join(folder.path, 'b') });
  for (const doc of docs) indexDocument(db, { ...doc, updatedAt: '2026-11-27T00:00:00Z' });
});
afterAll(() => {
  db.close();
  folder.remove();
});

const refs = (text: string, kinds: string[] = []) =>
  searchDocuments(db, { text, kinds, limit: 50 }).map((hit) => hit.refId);

describe('Chinese full-text search', () => {
  it('finds a 2-character query, newest first', () => {
    expect(refs('防汛')).toEqual(['r1', 't1']);
  });

  it('finds a 4-character query only where the four characters stand together', () => {
    expect(refs('乡村振兴')).toEqual(['r1', 't2']);
    expect(refs('新闻发布')).toEqual(['r1', 't1']);
  });

  it('finds a 1-character query', () => {
    expect(refs('汛')).toEqual(['r1', 't1']);
  });

  it('matches figures and punctuation, and folds case and full-width letters', () => {
    expect(refs('1.2亿元')).toEqual(['t2']);
    expect(refs('gdp')).toEqual(['m2']);
    expect(refs('5.2%')).toEqual(['m2']);
  });

  it('filters by kind', () => {
    expect(refs('防汛', ['request'])).toEqual(['r1']);
    expect(refs('防汛', ['transcript', 'material'])).toEqual(['t1']);
  });

  it('returns a highlighted snippet', () => {
    const [hit] = searchDocuments(db, { text: '振兴', limit: 1 });
    expect(hit?.refId).toBe('r1');
    const range = hit?.highlights[0];
    expect(range && hit.snippet.slice(range.start, range.end)).toBe('振兴');
  });

  it('updates and removes documents', () => {
    indexDocument(db, {
      kind: 'note',
      refId: 'n1',
      title: '临时',
      body: '台风预警',
      updatedAt: 'x',
    });
    expect(refs('台风')).toEqual(['n1']);
    indexDocument(db, {
      kind: 'note',
      refId: 'n1',
      title: '临时',
      body: '暴雨预警',
      updatedAt: 'y',
    });
    expect(refs('台风')).toEqual([]);
    expect(refs('暴雨')).toEqual(['n1']);
    removeDocument(db, 'note', 'n1');
    expect(refs('暴雨')).toEqual([]);
  });

  it('tokenises a document stored with deferred tokens before the next search reads', () => {
    const pending = () =>
      (
        db.prepare('SELECT count(*) AS n FROM search_documents WHERE tokens_pending = 1').get() as {
          n: number;
        }
      ).n;
    const note = (body: string) => ({
      kind: 'note',
      refId: 'n2',
      title: '草稿',
      body,
      updatedAt: 'x',
    });
    indexDocument(db, note('寒潮预警'), { deferTokens: true });
    expect(pending()).toBe(1);
    expect(refs('寒潮')).toEqual(['n2']);
    expect(pending()).toBe(0);
    indexDocument(db, note('大雾预警'), { deferTokens: true });
    expect(refs('寒潮')).toEqual([]);
    expect(refs('大雾')).toEqual(['n2']);
    removeDocument(db, 'note', 'n2');
    expect(refs('大雾')).toEqual([]);
  });

  it('gives other lists a keyword condition that holds exactly where the query does', () => {
    useSearchFunctions(db);
    const condition = holdsQuerySql('r.id', 'request');
    const ids = (keyword: string) =>
      (
        db
          .prepare(`SELECT r.id FROM (SELECT ? AS id UNION SELECT ?) AS r WHERE ${condition}`)
          .all('r1', 'r9', keyword) as { id: string }[]
      ).map((row) => row.id);
    indexDocument(db, {
      kind: 'request',
      refId: 'r9',
      title: '第432号、第21号',
      body: '',
      updatedAt: 'x',
    });
    expect(ids('第4321号')).toEqual([]);
    expect(ids('第21号')).toEqual(['r9']);
    expect(ids('乡村振兴')).toEqual(['r1']);
    expect(ids('防汛')).toEqual(['r1']);
    removeDocument(db, 'request', 'r9');
  });

  it('answers 2- and 4-character queries from the index, not by scanning', () => {
    for (const query of ['防汛', '乡村振兴', '汛']) {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${searchSql(query)}`)
        .all({ expression: matchExpression(query), needle: query, limit: 50 }) as {
        detail: string;
      }[];
      const details = plan.map((row) => row.detail);
      expect(details.some((detail) => /VIRTUAL TABLE INDEX \d+:M/.test(detail))).toBe(true);
      expect(details.some((detail) => /SEARCH d USING INTEGER PRIMARY KEY/.test(detail))).toBe(
        true,
      );
      expect(details.some((detail) => /SCAN d\b/.test(detail))).toBe(false);
    }
  });

  it('returns exactly what a LIKE scan returns on a generated corpus', () => {
    const alphabet = Array.from('新闻发布会防汛乡村振兴营商环境记者提问答复，。1234567890%');
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    db.exec('DELETE FROM search_index; DELETE FROM search_documents;');
    inTransaction(db, () => {
      for (let i = 0; i < 400; i++) {
        indexDocument(db, {
          kind: 'gen',
          refId: `g${i}`,
          title: '',
          body: pick(40),
          updatedAt: 'z',
        });
      }
    });
    for (let q = 0; q < 60; q++) {
      const query = pick(1 + (q % 4));
      const viaLike = (
        db
          .prepare(
            'SELECT ref_id FROM search_documents WHERE instr(title || char(10) || body, ?) > 0 ORDER BY id DESC',
          )
          .all(query) as { ref_id: string }[]
      ).map((row) => row.ref_id);
      expect(searchDocuments(db, { text: query, limit: 1000 }).map((hit) => hit.refId)).toEqual(
        viaLike,
      );
    }
  });
});
