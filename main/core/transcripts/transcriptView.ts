import { mayReadEvaluation } from '../../../shared/rules/evaluationAccess.ts';
import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { TranscriptEvent, TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import {
  availableTranscriptActions,
  transcriptStatus,
} from '../../../shared/rules/transcriptRules.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import { listDeliverables } from './deliverableRepository.ts';
import { findDraft } from './draftRepository.ts';
import { listQuestions } from './questionRepository.ts';
import { listRecordings } from './recordingRepository.ts';
import { listSpeakers } from './speakerRepository.ts';
import { factsOf, type LoadedEvent } from './transcriptAccess.ts';
import { listTurns, noteTakers } from './turnRepository.ts';

export function eventOf(db: DatabaseSync, request: RequestRecord): TranscriptEvent {
  const { fields } = request;
  return {
    requestId: request.id,
    title: fields.title,
    unitName: findUnit(db, fields.unitId)?.name ?? '',
    requestState: request.state,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    venue: fields.venue,
    invitedOutlets: fields.content.invitedMedia.map((outlet) => outlet.name).filter(Boolean),
  };
}

/** Everything the capture screen shows, read in one go. */
export function transcriptView(db: DatabaseSync, event: LoadedEvent, actor: Actor): TranscriptView {
  const { request, transcript } = event;
  const facts = factsOf(db, event, 'full');
  const requestId = request.id;
  const started = transcript !== null;
  return {
    event: eventOf(db, request),
    status: transcriptStatus(facts),
    startedAt: transcript?.startedAt ?? null,
    endedAt: transcript?.endedAt ?? null,
    closedAt: transcript?.closedAt ?? null,
    closedByName: transcript?.closedByName ?? null,
    revision: transcript?.revision ?? 0,
    noteTakerNames: started ? noteTakers(db, requestId).map((taker) => taker.name) : [],
    review:
      transcript?.reviewedAt && transcript.reviewedByName
        ? {
            reviewedByName: transcript.reviewedByName,
            reviewedAt: transcript.reviewedAt,
            current: facts.reviewCurrent,
          }
        : null,
    speakers: started ? listSpeakers(db, requestId) : [],
    turns: started ? listTurns(db, requestId) : [],
    draft: started ? findDraft(db, requestId, actor.userId) : null,
    recordings: started ? listRecordings(db, requestId) : [],
    questions: started ? listQuestions(db, requestId) : [],
    deliverables: started ? listDeliverables(db, requestId) : [],
    actions: availableTranscriptActions(facts, actor),
    evaluationReadable: mayReadEvaluation(actor, request.fields.unitId),
  };
}
