import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { TranscriptSearchHit } from '../../../shared/domain/transcriptViews.ts';
import { speakerLabel } from '../../../shared/rules/transcriptFormat.ts';
import { findMatches } from '../../../shared/search/searchText.ts';
import { requireActor } from '../accounts/accountService.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import type { CallContext } from '../callContext.ts';
import { queryNeedsCheck } from '../search/ftsTokens.ts';
import type { TranscriptDeps } from './transcriptAccess.ts';
import { turnDetails, type TurnDetail } from './transcriptSearchRepository.ts';
import { rankTurns } from './turnRanking.ts';

/** How many of the newest matches are ranked; ranking every match of a common term is slow. */
export const rankedWindow = 500;

const visibleTo = (actor: Actor) => (turn: TurnDetail) =>
  seesAllUnits(actor) || turn.unitId === actor.unitId || turn.draftedBy === actor.userId;

/** Whether a turn the index found holds the query itself (for 3+ characters, not just its pairs). */
const holds = (query: string) =>
  queryNeedsCheck(query)
    ? (turn: TurnDetail) => findMatches(turn.searched, query).length > 0
    : () => true;

/**
 * Turns of every transcript the viewer may see that contain the query (one character or more),
 * ranked by relevance (BM25) among the newest matches, with every match highlighted. Ranking
 * reads numbers only; the turns themselves are read and highlighted for the best ones only, a
 * page at a time, until enough of them are the viewer's to see.
 */
export function searchTranscripts(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:search'>,
  context: CallContext,
): TranscriptSearchHit[] {
  const actor = requireActor(context);
  const limit = input.limit ?? 50;
  const ranked = rankTurns(deps.db, input.text, rankedWindow);
  const found: TurnDetail[] = [];
  for (let page = 0; page < ranked.length && found.length < limit; page += limit) {
    const rowids = ranked.slice(page, page + limit);
    const byRowid = new Map(turnDetails(deps.db, rowids).map((turn) => [turn.rowid, turn]));
    const inOrder = rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
    found.push(...inOrder.filter(holds(input.text)).filter(visibleTo(actor)));
  }
  return found.slice(0, limit).map((turn) => ({
    requestId: turn.requestId,
    eventTitle: turn.eventTitle,
    turnId: turn.turnId,
    seq: turn.seq,
    speakerLabel: speakerLabel(turn),
    spokenAt: turn.spokenAt,
    text: turn.text,
    highlights: findMatches(turn.text, input.text),
  }));
}
