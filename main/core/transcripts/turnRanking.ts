import type { DatabaseSync } from 'node:sqlite';
import { cachedStatement } from '../db/cachedStatement.ts';
import { matchExpression, repeatExpression } from '../search/ftsTokens.ts';
import { turnSearchKind } from './turnIndex.ts';

// The usual BM25 constants: how fast repeats stop counting, and how much length matters.
const saturation = 1.2;
const lengthWeight = 0.75;
/** Repeats are counted up to this many; BM25 hardly tells 20 from more. */
const mostRepeats = 20;

/**
 * The kind is tested on the narrow statistics table rather than in the MATCH expression: ANDing
 * the kind's token (held by most records) cost a rare query more than the rest of its search.
 */
const windowSql = `
  SELECT s.id, s.length FROM search_index JOIN search_statistics AS s ON s.id = search_index.rowid
  WHERE search_index MATCH ? AND s.kind = '${turnSearchKind}'
  ORDER BY search_index.rowid DESC LIMIT ?`;
/** Read newest first and left as soon as past the window (a lower bound on rowid reads it all). */
const repeatsSql = `SELECT rowid AS id FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC`;

/**
 * The index entries of the newest `window` turns the index finds for the query (each holding the
 * query, or for 3+ characters each of its pairs: check those when reading them), best first by
 * BM25's term-frequency part, newer first among equals. For a query that is one phrase, BM25's
 * other factor (how rare the phrase is) is the same for every turn, so this is BM25's order.
 * Only numbers kept at index time are read: each turn's length, and which turns repeat the
 * query's tokens (so the cost does not grow with the texts, and a window of 500 costs a few
 * index lookups).
 */
export function rankTurns(db: DatabaseSync, query: string, window: number): number[] {
  const expression = matchExpression(query);
  if (expression === null) return [];
  const found = cachedStatement(db, windowSql).all(expression, window) as {
    id: number;
    length: number;
  }[];
  const oldest = found.at(-1)?.id;
  if (oldest === undefined) return [];
  const occurrences = new Map<number, number>(found.map((turn) => [turn.id, 1]));
  const repeats = cachedStatement(db, repeatsSql);
  for (let times = 2; times <= mostRepeats; times++) {
    let repeated = false;
    for (const row of repeats.iterate(repeatExpression(query, times)) as Iterable<{ id: number }>) {
      if (row.id < oldest) break;
      if (!occurrences.has(row.id)) continue;
      occurrences.set(row.id, times);
      repeated = true;
    }
    if (!repeated) break;
  }
  const averageLength = found.reduce((sum, turn) => sum + turn.length, 0) / found.length;
  const score = (turn: { id: number; length: number }) => {
    const times = occurrences.get(turn.id) ?? 1;
    const norm = 1 - lengthWeight + (lengthWeight * turn.length) / averageLength;
    return (times * (saturation + 1)) / (times + saturation * norm);
  };
  return found
    .map((turn) => ({ id: turn.id, score: score(turn) }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .map((turn) => turn.id);
}
