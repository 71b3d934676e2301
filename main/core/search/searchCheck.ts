import type { DatabaseSync } from 'node:sqlite';
import { findMatches, isFoldFree, normalizeSearchText } from '../../../shared/search/searchText.ts';
import { matchExpression } from './ftsTokens.ts';

const registered = new WeakSet<DatabaseSync>();

/**
 * Registers `search_fold(text)`, the search normalisation as an SQL function, on this connection
 * (once), so that candidates can be checked and counted inside the query.
 */
export function useSearchFunctions(db: DatabaseSync): void {
  if (registered.has(db)) return;
  db.function('search_fold', { deterministic: true }, (text) =>
    typeof text === 'string' ? normalizeSearchText(text) : text,
  );
  db.function('search_expression', { deterministic: true }, (query, kind) =>
    typeof query === 'string' && typeof kind === 'string'
      ? (matchExpression(query, [kind]) ?? '""')
      : null,
  );
  db.function('search_holds', { deterministic: true }, (text, query) =>
    typeof text === 'string' && typeof query === 'string' && findMatches(text, query).length > 0
      ? 1
      : 0,
  );
  registered.add(db);
}

/** A search document's text as queries match it and the index holds it: title, line break, body. */
export const searchedText = (title: string, body: string): string => `${title}\n${body}`;

/**
 * SQL for a search document's text as queries match it (title, line break, body). It is folded
 * only when the needle could match another spelling (letters, digits, ASCII punctuation): a
 * needle of Chinese characters is found in the stored text as it is, with no call per row.
 */
export function searchedTextSql(needle: string, alias: string): string {
  const text = `${alias}.title || char(10) || ${alias}.body`;
  return isFoldFree(needle) ? text : `search_fold(${text})`;
}

/**
 * An SQL condition with one parameter, the user's query: `refColumn` is the ref_id of a record of
 * `kind` holding the query, exactly (the index finds the records holding its pairs, each is then
 * checked). For filters such as the 报批 list's keyword. Needs `useSearchFunctions(db)`.
 */
export function holdsQuerySql(refColumn: string, kind: string): string {
  return `${refColumn} IN (
    SELECT d.ref_id FROM (SELECT ? AS query) AS wanted, search_index
    JOIN search_documents AS d ON d.id = search_index.rowid
    WHERE search_index MATCH search_expression(wanted.query, '${kind}')
      AND search_holds(d.title || char(10) || d.body, wanted.query))`;
}
