import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../../shared/search/searchText.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { inTransaction } from '../db/transaction.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { turnSearchKind } from '../transcripts/turnIndex.ts';
import { manyMatchesThreshold, newestMatches, olderMatches } from '../transcripts/newestTurns.ts';
import { rankTurns } from '../transcripts/turnRanking.ts';
import { indexDocument, searchDocuments } from './searchRepository.ts';

/**
 * The index answers exactly what a substring scan of the normalised text answers, on a corpus of
 * 100,000 records (a few seconds to build): Chinese, digits, Latin letters in both cases and in
 * full width, ASCII and Chinese punctuation, spaces, so that pairs of a long query also occur
 * apart and case and width folding matter.
 */
const recordCount = 100_000;
const alphabet = Array.from(
  '新闻发布会防汛乡村振兴学位营商环境记者提问答复今年全县工作推进0123456789abcAB Ｃ１.%,-，。、',
);
const speakers = ['赵发布', '钱发言', '周记者', 'GDP组'];

let seed = 20261205;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = (length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

const folder = tempFolder();
let db: DatabaseSync;
/** Each record's searched text (title, line break, body), normalised, by rowid. */
const normalised: string[] = [];
const refOf: string[] = [];

beforeAll(() => {
  db = openDatabase(join(folder.path, 'w.sqlite'), { backupDir: join(folder.path, 'b') });
  inTransaction(db, () => {
    for (let i = 0; i < recordCount; i++) {
      const title = speakers[i % speakers.length] ?? '';
      const body = pick(6 + Math.floor(random() * 30));
      const kind = i % 10 === 0 ? 'material' : turnSearchKind;
      indexDocument(db, { kind, refId: `r${i}`, title, body, updatedAt: 'z' });
      normalised.push(normalizeSearchText(`${title}\n${body}`));
      refOf.push(`${kind}:r${i}`);
    }
  });
}, 60_000);
afterAll(() => {
  db.close();
  folder.remove();
});

/** Newest first, as the search answers: every record whose normalised text holds all `parts`. */
function scan(parts: readonly string[], kind?: string): string[] {
  const found: string[] = [];
  for (let i = normalised.length - 1; i >= 0; i--) {
    const ref = refOf[i] ?? '';
    if (kind !== undefined && !ref.startsWith(`${kind}:`)) continue;
    if (parts.every((part) => normalised[i]?.includes(part))) found.push(ref);
  }
  return found;
}

const needleOf = (query: string) => normalizeSearchText(query.trim());
/** The query's pairs (its character for one): what the ranked window asks the index for. */
function pairsOf(query: string): string[] {
  const chars = Array.from(needleOf(query));
  return chars.length === 1 ? chars : chars.slice(1).map((char, index) => chars[index] + char);
}

const viaIndex = (query: string, kinds: string[] = []) =>
  searchDocuments(db, { text: query, kinds, limit: recordCount }).map(
    (hit) => `${hit.kind}:${hit.refId}`,
  );

/** Queries of 1 to 4 characters: some cut from records (they occur), some drawn at random. */
function queries(): string[] {
  const chosen = ['汛', '7', 'a', 'A', 'Ｃ', '%', '，', '防汛', 'ab', 'GD', '1.', '。，', 'ab%'];
  chosen.push('新闻发布', '0.9%', 'gdp组', '振兴，', '组\n', 'C1');
  for (let n = 0; n < 48; n++) {
    const length = 1 + (n % 4);
    if (n % 3 === 0) chosen.push(pick(length));
    else {
      const text = normalised[Math.floor(random() * normalised.length)] ?? '';
      const at = Math.floor(random() * Math.max(1, text.length - length));
      chosen.push(text.slice(at, at + length));
    }
  }
  return chosen.filter((query) => query.trim() !== '');
}

describe(`search over ${recordCount.toLocaleString('en')} records`, () => {
  it('finds exactly the records a substring scan finds, for 1- to 4-character queries', () => {
    const all = queries();
    expect(new Set(all.map((query) => Array.from(query.trim()).length))).toEqual(
      new Set([1, 2, 3, 4]),
    );
    for (const query of all) {
      expect({ query, found: viaIndex(query) }).toEqual({ query, found: scan([needleOf(query)]) });
    }
  }, 60_000);

  it('finds the same within a kind, and ranks exactly the newest turns holding its pairs', () => {
    for (const query of ['学位', '0.9', 'abc', '推进全县', 'Ｃ', '，。', 'a', '.']) {
      expect(viaIndex(query, [turnSearchKind])).toEqual(scan([needleOf(query)], turnSearchKind));
      const window = rankTurns(db, query, 300).map((rowid) => refOf[rowid - 1]);
      expect(window.sort()).toEqual(scan(pairsOf(query), turnSearchKind).slice(0, 300).sort());
    }
  }, 60_000);

  it('walks newest first through exactly the records holding the pairs, and tells common ones', () => {
    const common = new Set<boolean>();
    for (const query of ['学位', 'abc', '推进全县', 'Ｃ', '，。', '%', '0.9%', '组\n']) {
      const first = newestMatches(db, query, 97);
      common.add(first.manyMatches);
      const walked = [...first.rowids];
      for (let before = walked.at(-1); before !== undefined;) {
        const older = olderMatches(db, query, before, 997);
        walked.push(...older);
        before = older.at(-1);
      }
      const expected = scan(pairsOf(query));
      expect({ query, walked: walked.map((rowid) => refOf[rowid - 1]) }).toEqual({
        query,
        walked: expected,
      });
      expect({ query, many: first.manyMatches }).toEqual({
        query,
        many: expected.length >= manyMatchesThreshold,
      });
    }
    expect(common).toEqual(new Set([true, false]));
  }, 60_000);
});
