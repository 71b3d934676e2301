import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { TranscriptEventSummary } from '../../../shared/domain/transcriptViews.ts';
import type { EventFacts } from '../../../shared/rules/eventStages.ts';
import { missingDeliverables } from '../../../shared/rules/transcriptDeliverables.ts';
import { transcriptStatus } from '../../../shared/rules/transcriptRules.ts';
import type { DatabaseSync } from 'node:sqlite';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { requireActor } from '../accounts/accountService.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import type { CallContext } from '../callContext.ts';
import { listDeliverables } from './deliverableRepository.ts';
import type { TranscriptDeps } from './transcriptAccess.ts';
import { findTranscript } from './transcriptRepository.ts';
import type { Paged } from '../../../shared/contract/listQuery.ts';
import { addDays } from '../../../shared/rules/workingDays.ts';
import { matchExpression } from '../search/ftsTokens.ts';
import { indexPendingDocuments } from '../search/searchRepository.ts';
import {
  listTranscriptEvents,
  pageTranscriptEvents,
  type EventRow,
} from './transcriptListRepository.ts';

/** The events the viewer may take notes at or read, with where each transcript stands. */
export function listTranscripts(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:list'>,
  context: CallContext,
): TranscriptEventSummary[] {
  const actor = requireActor(context);
  const rows = listTranscriptEvents(
    deps.db,
    { allUnits: seesAllUnits(actor), unitId: actor.unitId, userId: actor.userId },
    input.limit ?? 200,
  );
  return rows.map(toSummary);
}

/** The 现场实录 list: a keyword and a range of days, one page at a time, within what one may see. */
export function pageTranscripts(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:page'>,
  context: CallContext,
): Paged<TranscriptEventSummary> {
  const actor = requireActor(context);
  const match = input.keyword ? matchExpression(input.keyword, ['request']) : null;
  if (match) indexPendingDocuments(deps.db);
  const { rows, total } = pageTranscriptEvents(
    deps.db,
    { allUnits: seesAllUnits(actor), unitId: actor.unitId, userId: actor.userId },
    {
      match,
      startsFrom: input.from ? `${input.from}T00:00:00+08:00` : null,
      startsBefore: input.to ? `${addDays(input.to, 1)}T00:00:00+08:00` : null,
      limit: input.limit ?? 50,
      offset: input.offset ?? 0,
    },
  );
  return { items: rows.map(toSummary), total };
}

function toSummary(row: EventRow): TranscriptEventSummary {
  return {
    requestId: row.requestId,
    title: row.title,
    unitName: row.unitName,
    startsAt: row.startsAt,
    status: transcriptStatus({
      requestState: row.requestState as RequestState,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      closedAt: row.closedAt,
      turnCount: row.turnCount,
      reviewCurrent: row.reviewedRevision !== null && row.reviewedRevision === row.revision,
      noteTakerIds: [],
      missingDeliverables: [],
    }),
    turnCount: row.turnCount,
    openFollowUps: row.openFollowUps,
  };
}

/** What the event workspace's stage bar needs to know about the transcript (EventFactProviders). */
export function transcriptEventFacts(
  db: DatabaseSync,
  requestId: string,
): EventFacts['transcript'] {
  const transcript = findTranscript(db, requestId);
  if (!transcript) return null;
  return {
    started: true,
    reviewed:
      transcript.reviewedRevision !== null && transcript.reviewedRevision === transcript.revision,
    deliverablesMissing: missingDeliverables(listDeliverables(db, requestId)).length,
    closed: transcript.closedAt !== null,
  };
}
