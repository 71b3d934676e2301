import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { inTransaction } from '../db/transaction.ts';
import { indexDocument } from '../search/searchRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { manyMatchesThreshold, newestMatches } from './newestTurns.ts';
import { turnSearchKind } from './turnIndex.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

/** A database whose records hold 汛 and 防汛 `holding` times, among records that do not. */
function indexWith(holding: number) {
  const db = openDatabase(join(folder.path, `w${holding}.sqlite`), {
    backupDir: join(folder.path, `b${holding}`),
  });
  inTransaction(db, () => {
    for (let i = 0; i < holding * 2; i++) {
      const body = i % 2 === 0 ? `第${i}号 防汛通知` : `第${i}号 学位通知`;
      indexDocument(db, {
        kind: turnSearchKind,
        refId: `r${i}`,
        title: '发布人',
        body,
        updatedAt: 'z',
      });
    }
  });
  return db;
}

describe('newestMatches for a query of one token (1 or 2 characters) and of several', () => {
  for (const holding of [manyMatchesThreshold - 1, manyMatchesThreshold]) {
    it(`tells ${holding} matches ${holding >= manyMatchesThreshold ? 'common' : 'not common'}, with the newest page`, () => {
      const db = indexWith(holding);
      try {
        const newestHolding = Array.from({ length: 5 }, (_, k) => (holding - 1 - k) * 2 + 1);
        for (const query of ['汛', '防汛', '防汛通知']) {
          const found = newestMatches(db, query, 5);
          expect({ query, ...found }).toEqual({
            query,
            rowids: newestHolding,
            manyMatches: holding >= manyMatchesThreshold,
          });
        }
      } finally {
        db.close();
      }
    });
  }
});
