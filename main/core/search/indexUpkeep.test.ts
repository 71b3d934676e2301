import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { quietTime } from '../db/quietTime.ts';
import { inTransaction } from '../db/transaction.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { matchExpression } from './ftsTokens.ts';
import { pendingTokens, searchIndexMerging } from './indexUpkeep.ts';
import { indexDocument } from './searchRepository.ts';

const folder = tempFolder('workbench-index-merging-');
afterAll(() => folder.remove());

const segments = (db: DatabaseSync): number =>
  Number(db.prepare('SELECT count(DISTINCT segid) AS n FROM search_index_idx').get()?.['n']);
const changes = (db: DatabaseSync): number =>
  Number(db.prepare('SELECT total_changes() AS n').get()?.['n']);

const phrases = ['防汛抗旱', '公办学位', '冷链物流', '乡村振兴', '学位供给'];
/** Each record in a commit of its own, as turns are captured: every commit adds a segment. */
function indexOneByOne(db: DatabaseSync, count: number, from = 0): void {
  for (let index = from; index < from + count; index++) {
    inTransaction(db, () =>
      indexDocument(db, {
        kind: 'turn',
        refId: `turn-${index}`,
        title: '赵发布',
        body: `第${index}条：${phrases[index % phrases.length]}，${phrases[(index * 7) % phrases.length]}。`,
        updatedAt: '2026-12-06T09:00:00.000Z',
      }),
    );
  }
}

const found = (db: DatabaseSync, query: string): number[] =>
  (
    db
      .prepare('SELECT rowid AS id FROM search_index WHERE search_index MATCH ? ORDER BY rowid')
      .all(matchExpression(query)) as { id: number }[]
  ).map((row) => row.id);

describe('search index merging in quiet time', () => {
  it('leaves fewer segments, and every query finds the same records', async () => {
    const db = openDatabase(join(folder.path, 'merge.sqlite'), {
      backupDir: join(folder.path, 'backups'),
    });
    indexOneByOne(db, 300);
    const queries = ['学', '防汛', '冷链物流', '9条', '第1'];
    const before = queries.map((query) => found(db, query));
    const segmentsBefore = segments(db);
    expect(segmentsBefore).toBeGreaterThan(4);

    const upkeep = quietTime([searchIndexMerging(db)], { quietMs: 1 });
    await upkeep.whenSettled();
    expect(segments(db)).toBeLessThan(segmentsBefore);
    expect(segments(db)).toBeLessThanOrEqual(2);
    expect(queries.map((query) => found(db, query))).toEqual(before);

    // Nothing written since: a quiet time writes nothing either.
    const settledChanges = changes(db);
    await upkeep.whenSettled();
    expect(changes(db)).toBe(settledChanges);

    // New records are merged in the next quiet time.
    indexOneByOne(db, 40, 300);
    const grown = segments(db);
    const newQueries = ['第33', '33', '物流'];
    const beforeSecondMerge = newQueries.map((query) => found(db, query));
    await upkeep.whenSettled();
    expect(segments(db)).toBeLessThan(grown);
    expect(newQueries.map((query) => found(db, query))).toEqual(beforeSecondMerge);
    upkeep.stop();
    db.close();
  });

  it('tokenises records stored with their tokens deferred, so a search finds them ready', async () => {
    const db = openDatabase(join(folder.path, 'pending.sqlite'), {
      backupDir: join(folder.path, 'backups'),
    });
    for (let index = 0; index < 250; index++) {
      indexDocument(
        db,
        {
          kind: 'turn',
          refId: `late-${index}`,
          title: '周记者',
          body: `第${index}问：冷链物流`,
          updatedAt: '2026-12-06T09:00:00.000Z',
        },
        { deferTokens: true },
      );
    }
    expect(found(db, '冷链')).toEqual([]);
    const upkeep = quietTime([pendingTokens(db)], { quietMs: 1 });
    await upkeep.whenSettled();
    expect(found(db, '冷链')).toHaveLength(250);
    const pending = db.prepare(
      'SELECT count(*) AS n FROM search_documents WHERE tokens_pending = 1',
    );
    expect(pending.get()?.['n']).toBe(0);
    upkeep.stop();
    db.close();
  });

  it('merges any two segments of a level (usermerge 2: FTS5 leaves up to three by default)', () => {
    const db = openDatabase(join(folder.path, 'config.sqlite'), {
      backupDir: join(folder.path, 'backups'),
    });
    const row = db.prepare("SELECT v FROM search_index_config WHERE k = 'usermerge'").get();
    expect(row?.['v']).toBe(2);
    db.close();
  });
});
