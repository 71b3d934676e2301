import type { DatabaseSync } from 'node:sqlite';
import type { SearchResult } from '../../../shared/contract/searchChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { findRequest } from '../requests/requestRepository.ts';
import { searchDocuments } from './searchRepository.ts';

/**
 * For each kind of indexed record, the event it belongs to (so a hit opens that event and is shown
 * only to users who may see it). Kinds not tied to an event (the 口径库) resolve to null.
 */
export type EventOfHit = (db: DatabaseSync, refId: string) => string | null | undefined;

/**
 * Searches the index and keeps only the hits this user may see: a hit inside an event is shown
 * to those who may see the event; a kind with no resolver is not shown at all.
 */
export function globalSearch(
  db: DatabaseSync,
  actor: Actor,
  resolvers: Readonly<Record<string, EventOfHit>>,
  query: { readonly text: string; readonly kinds: readonly string[]; readonly limit: number },
): SearchResult[] {
  const hits = searchDocuments(db, { ...query, limit: query.limit * 3 });
  const visible: SearchResult[] = [];
  for (const hit of hits) {
    const resolve = resolvers[hit.kind];
    if (!resolve) continue;
    const eventId = resolve(db, hit.refId);
    if (eventId === undefined) continue;
    if (eventId !== null && !mayView(db, actor, eventId)) continue;
    visible.push({ ...hit, eventId });
    if (visible.length === query.limit) break;
  }
  return visible;
}

function mayView(db: DatabaseSync, actor: Actor, requestId: string): boolean {
  const request = findRequest(db, requestId);
  if (!request) return false;
  try {
    checkVisible(actor, request);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
