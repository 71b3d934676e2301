import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type {
  TranscriptSearchHit,
  TranscriptSearchResult,
} from '../../../shared/domain/transcriptViews.ts';
import { findMatches } from '../../../shared/search/searchText.ts';
import { requireActor } from '../accounts/accountService.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import type { CallContext } from '../callContext.ts';
import { queryNeedsCheck } from '../search/ftsTokens.ts';
import { searchedText } from '../search/searchCheck.ts';
import { indexPendingDocuments } from '../search/searchRepository.ts';
import { newestMatches, olderMatches } from './newestTurns.ts';
import type { TranscriptDeps } from './transcriptAccess.ts';
import { turnDetails, type TurnDetail } from './transcriptSearchRepository.ts';
import { rankTurns } from './turnRanking.ts';

/** How many of the newest matches are ranked; ranking every match of a common term is slow. */
export const rankedWindow = 500;
/**
 * How many index entries a newest-first page reads at most: a user who may see few events and
 * searches a common term would otherwise read every match to fill the page.
 */
const mostReadNewestFirst = 10 * rankedWindow;

const visibleTo = (actor: Actor) => (turn: TurnDetail) =>
  seesAllUnits(actor) || turn.unitId === actor.unitId || turn.draftedBy === actor.userId;

/** Whether a turn the index found holds the query itself (for 3+ characters, not just its pairs). */
const holds = (query: string) =>
  queryNeedsCheck(query)
    ? (turn: TurnDetail) =>
        findMatches(searchedText(turn.speakerLabel, turn.text), query).length > 0
    : () => true;

/** The turns behind `rowids`, in that order, that `keep` accepts. */
function readInOrder(
  db: DatabaseSync,
  rowids: readonly number[],
  keep: (turn: TurnDetail) => boolean,
): TurnDetail[] {
  const byRowid = new Map(turnDetails(db, rowids).map((turn) => [turn.rowid, turn]));
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []).filter(keep);
}

/** The best `limit` turns by relevance among the newest `rankedWindow` matches. */
function rankedPage(
  db: DatabaseSync,
  query: string,
  keep: (turn: TurnDetail) => boolean,
  limit: number,
): TurnDetail[] {
  const ranked = rankTurns(db, query, rankedWindow);
  const found: TurnDetail[] = [];
  for (let page = 0; page < ranked.length && found.length < limit; page += limit) {
    found.push(...readInOrder(db, ranked.slice(page, page + limit), keep));
  }
  return found.slice(0, limit);
}

/**
 * The newest `limit` turns, from the index's newest entries on (`first`): the index is walked
 * newest first and left as soon as the page is full.
 */
function newestPage(
  db: DatabaseSync,
  query: string,
  first: readonly number[],
  keep: (turn: TurnDetail) => boolean,
  limit: number,
): TurnDetail[] {
  const found = readInOrder(db, first, keep);
  // A short batch was the oldest match: there is nothing further to read.
  let before = first.length === limit ? first.at(-1) : undefined;
  for (let read = first.length; found.length < limit && read < mostReadNewestFirst; read += limit) {
    if (before === undefined) break;
    const rowids = olderMatches(db, query, before, limit);
    found.push(...readInOrder(db, rowids, keep));
    before = rowids.length === limit ? rowids.at(-1) : undefined;
  }
  return found.slice(0, limit);
}

/**
 * Turns of every transcript the viewer may see that contain the query (one character or more),
 * with every match highlighted, in the order asked for: by relevance (BM25 among the newest
 * `rankedWindow` matches; ranking reads numbers only) or newest first. With no order asked for,
 * relevance, unless the query is common (`manyMatchesThreshold` matches or more): then newest
 * first, so that the cost follows the page shown, not the number of matches. Only the page's
 * turns are read.
 */
export function searchTranscripts(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:search'>,
  context: CallContext,
): TranscriptSearchResult {
  const actor = requireActor(context);
  indexPendingDocuments(deps.db);
  const limit = input.limit ?? 50;
  const newest = newestMatches(deps.db, input.text, limit);
  const order = input.order ?? (newest.manyMatches ? 'newest' : 'relevance');
  const [holdsQuery, visible] = [holds(input.text), visibleTo(actor)];
  const keep = (turn: TurnDetail) => holdsQuery(turn) && visible(turn);
  const turns =
    order === 'newest'
      ? newestPage(deps.db, input.text, newest.rowids, keep, limit)
      : rankedPage(deps.db, input.text, keep, limit);
  const hits = turns.map((turn): TranscriptSearchHit => ({
    requestId: turn.requestId,
    eventTitle: turn.eventTitle,
    turnId: turn.turnId,
    seq: turn.seq,
    speakerLabel: turn.speakerLabel,
    spokenAt: turn.spokenAt,
    text: turn.text,
    highlights: findMatches(turn.text, input.text),
  }));
  return { hits, order, manyMatches: newest.manyMatches };
}
