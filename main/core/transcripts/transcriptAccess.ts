import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import {
  transcriptRefusal,
  type TranscriptAction,
  type TranscriptFacts,
} from '../../../shared/rules/transcriptRules.ts';
import { missingDeliverables } from '../../../shared/rules/transcriptDeliverables.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { inTransaction } from '../db/transaction.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { findRequest, type RequestRecord } from '../requests/requestRepository.ts';
import type { CallContext } from '../callContext.ts';
import { listDeliverables } from './deliverableRepository.ts';
import { findTranscript, type TranscriptRecord } from './transcriptRepository.ts';
import { countTurns, noteTakers } from './turnRepository.ts';

export interface TranscriptDeps {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
}

/** An event (an approval request) and its transcript, if capture has started. */
export interface LoadedEvent {
  readonly request: RequestRecord;
  readonly transcript: TranscriptRecord | null;
}

/** The event, if it exists and the actor may see it (the same rule as for its request). */
export function loadEvent(db: DatabaseSync, requestId: string, actor: Actor): LoadedEvent {
  const request = findRequest(db, requestId);
  if (!request) throw new AppError('not_found', '找不到该发布活动，或您无权查看。');
  checkVisible(actor, request);
  return { request, transcript: findTranscript(db, requestId) };
}

export function requireTranscript(event: LoadedEvent): TranscriptRecord {
  if (!event.transcript) throw new AppError('invalid_state', '尚未开始实录。');
  return event.transcript;
}

/**
 * The facts the rules look at. `light` leaves out what only review and closing need (who took
 * notes, the turn count, the deliverables), so committing a turn costs the same at turn 2,000 as
 * at turn 1.
 */
export function factsOf(
  db: DatabaseSync,
  event: LoadedEvent,
  detail: 'light' | 'full',
): TranscriptFacts {
  const { transcript } = event;
  const full = detail === 'full' && transcript !== null;
  return {
    requestState: event.request.state,
    startedAt: transcript?.startedAt ?? null,
    endedAt: transcript?.endedAt ?? null,
    closedAt: transcript?.closedAt ?? null,
    turnCount: full ? countTurns(db, event.request.id) : 0,
    reviewCurrent:
      transcript !== null &&
      transcript.reviewedRevision !== null &&
      transcript.reviewedRevision === transcript.revision,
    noteTakerIds: full
      ? [transcript.startedBy, ...noteTakers(db, event.request.id).map((taker) => taker.id)]
      : [],
    missingDeliverables: full ? missingDeliverables(listDeliverables(db, event.request.id)) : [],
  };
}

const fullFactActions: readonly TranscriptAction[] = ['review', 'close'];

/**
 * Loads the event, checks the rule for `action`, and runs `work`, all in one transaction, so what
 * was checked is what is changed. `work` writes the change and its audit row.
 */
export function changeTranscript<T>(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
  action: TranscriptAction,
  work: (event: LoadedEvent, actor: Actor) => T,
): T {
  const actor = requireActor(context);
  return inTransaction(deps.db, () => {
    const event = loadEvent(deps.db, requestId, actor);
    const detail = fullFactActions.includes(action) ? 'full' : 'light';
    const refusal = transcriptRefusal(factsOf(deps.db, event, detail), actor, action);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    return work(event, actor);
  });
}
