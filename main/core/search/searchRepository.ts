import type { DatabaseSync } from 'node:sqlite';
import { findMatches, type HighlightRange } from '../../../shared/search/searchText.ts';
import { inTransaction } from '../db/transaction.ts';
import { cachedStatement } from '../db/cachedStatement.ts';
import { matchExpression, queryNeedsCheck, searchNeedle, tokensForIndex } from './ftsTokens.ts';
import { searchedText, searchedTextSql, useSearchFunctions } from './searchCheck.ts';

export interface SearchDocument {
  readonly kind: string;
  readonly refId: string;
  readonly title: string;
  readonly body: string;
  readonly updatedAt: string;
}

export interface SearchHit {
  readonly kind: string;
  readonly refId: string;
  readonly title: string;
  readonly snippet: string;
  readonly highlights: readonly HighlightRange[];
  readonly updatedAt: string;
}

export interface SearchQuery {
  readonly text: string;
  readonly kinds?: readonly string[];
  readonly limit: number;
}

const snippetRadius = 40;

function writeTokens(db: DatabaseSync, id: number, kind: string, title: string, body: string) {
  const indexed = tokensForIndex(kind, searchedText(title, body));
  cachedStatement(db, 'DELETE FROM search_index WHERE rowid = ?').run(id);
  cachedStatement(db, 'INSERT INTO search_index (rowid, tokens) VALUES (?, ?)').run(
    id,
    indexed.tokens,
  );
  cachedStatement(
    db,
    'INSERT OR REPLACE INTO search_statistics (id, kind, length) VALUES (?, ?, ?)',
  ).run(id, kind, indexed.length);
}

/**
 * Adds or replaces the indexed text of one record. Call inside the record's own transaction.
 * `deferTokens`: store the text now and tokenise it when the index is next read, for records
 * saved over and over as they are typed (tokenising a long material took most of an autosave).
 * Returns the record's id (its rowid in the index).
 */
export function indexDocument(
  db: DatabaseSync,
  doc: SearchDocument,
  { deferTokens = false }: { readonly deferTokens?: boolean } = {},
): number {
  const pending = deferTokens ? 1 : 0;
  const { id } = cachedStatement(
    db,
    `INSERT INTO search_documents (kind, ref_id, title, body, updated_at, tokens_pending)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body,
         updated_at = excluded.updated_at, tokens_pending = excluded.tokens_pending
       RETURNING id`,
  ).get(doc.kind, doc.refId, doc.title, doc.body, doc.updatedAt, pending) as { id: number };
  if (!deferTokens) writeTokens(db, id, doc.kind, doc.title, doc.body);
  return id;
}

/** Owners of records whose text is gathered only when searched (a material as it is typed). */
const lateIndexers: ((db: DatabaseSync) => void)[] = [];

/** `indexer` stores the late records' text (with `deferTokens`) before every search reads. */
export function indexLate(indexer: (db: DatabaseSync) => void): void {
  lateIndexers.push(indexer);
}

/**
 * Tokenises up to `limit` of the documents stored with `deferTokens`, in one transaction, and
 * says whether more are waiting.
 */
export function indexSomePendingDocuments(db: DatabaseSync, limit: number): boolean {
  const pending = cachedStatement(
    db,
    'SELECT id, kind, title, body FROM search_documents WHERE tokens_pending = 1 ORDER BY id LIMIT ?',
  ).all(limit) as { id: number; kind: string; title: string; body: string }[];
  if (pending.length === 0) return false;
  inTransaction(db, () => {
    for (const doc of pending) {
      writeTokens(db, doc.id, doc.kind, doc.title, doc.body);
      cachedStatement(db, 'UPDATE search_documents SET tokens_pending = 0 WHERE id = ?').run(
        doc.id,
      );
    }
  });
  return pending.length === limit;
}

/** A negative LIMIT has no upper bound in SQLite. */
const everyPending = -1;

/** Tokenises the documents stored with `deferTokens`; every search calls it before it reads. */
export function indexPendingDocuments(db: DatabaseSync): void {
  for (const indexer of lateIndexers) indexer(db);
  indexSomePendingDocuments(db, everyPending);
}

export function removeDocument(db: DatabaseSync, kind: string, refId: string): void {
  const existing = db
    .prepare('SELECT id FROM search_documents WHERE kind = ? AND ref_id = ?')
    .get(kind, refId) as { id: number } | undefined;
  if (!existing) return;
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.id);
  db.prepare('DELETE FROM search_statistics WHERE id = ?').run(existing.id);
  db.prepare('DELETE FROM search_documents WHERE id = ?').run(existing.id);
}

/**
 * The SQL of a search (parameters: the MATCH expression, the needle, the limit), exported so a
 * test can assert its query plan uses the index. A query of 3 or more characters is checked on
 * each record the index finds, in the index's order, until `limit` are found.
 */
export function searchSql(query: string): string {
  const check = queryNeedsCheck(query)
    ? `instr(${searchedTextSql(searchNeedle(query), 'd')}, :needle) > 0`
    : ':needle IS NOT NULL';
  return `
  SELECT d.kind, d.ref_id AS refId, d.title, d.body, d.updated_at AS updatedAt
  FROM search_index
  JOIN search_documents AS d ON d.id = search_index.rowid
  WHERE search_index MATCH :expression AND ${check}
  ORDER BY search_index.rowid DESC
  LIMIT :limit`;
}

/** Newest matches first (recency, not bm25: ranking every hit of a common term is slow). */
export function searchDocuments(db: DatabaseSync, query: SearchQuery): SearchHit[] {
  const expression = matchExpression(query.text, query.kinds);
  if (expression === null) return [];
  indexPendingDocuments(db);
  useSearchFunctions(db);
  const rows = db.prepare(searchSql(query.text)).all({
    expression,
    needle: searchNeedle(query.text),
    limit: query.limit,
  }) as unknown as (SearchDocument & { refId: string })[];
  return rows.map((row) => toHit(row, query.text));
}

function toHit(doc: SearchDocument, query: string): SearchHit {
  const bodyMatches = findMatches(doc.body, query);
  const first = bodyMatches[0];
  const start = first ? Math.max(0, first.start - snippetRadius) : 0;
  const end = Math.min(doc.body.length, (first?.end ?? 0) + snippetRadius * 2);
  const snippet = doc.body.slice(start, end);
  return {
    kind: doc.kind,
    refId: doc.refId,
    title: doc.title,
    snippet,
    highlights: findMatches(snippet, query),
    updatedAt: doc.updatedAt,
  };
}
