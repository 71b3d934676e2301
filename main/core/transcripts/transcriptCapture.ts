import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import type { SpeakerRole, TranscriptSpeaker } from '../../../shared/domain/transcripts.ts';
import { defaultDeliverables } from '../../../shared/rules/transcriptDeliverables.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import type { CallContext } from '../callContext.ts';
import { insertDeliverable } from './deliverableRepository.ts';
import { findSpeaker, insertSpeaker, updateSpeaker } from './speakerRepository.ts';
import {
  changeTranscript,
  loadEvent,
  requireTranscript,
  type TranscriptDeps,
} from './transcriptAccess.ts';
import { bumpRevision, insertTranscript, setEndedAt } from './transcriptRepository.ts';
import { reindexSpeakerTurns } from './turnIndex.ts';
import { transcriptView } from './transcriptView.ts';

export function getTranscript(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
): TranscriptView {
  const actor = requireActor(context);
  return transcriptView(deps.db, loadEvent(deps.db, requestId, actor), actor);
}

/** The people named in the request, each once, in the order they usually speak. */
export function rosterOf(
  request: RequestRecord,
): { role: SpeakerRole; name: string; title: string }[] {
  const { content } = request.fields;
  const people: { role: SpeakerRole; name: string; title: string }[] = [
    { role: 'host', ...content.host },
    { role: 'mainSpeaker', ...content.mainSpeaker },
    { role: 'spokesperson', ...content.spokesperson },
    ...content.participants.map((person) => ({ role: 'speaker' as const, ...person })),
  ];
  const seen = new Set<string>();
  return people
    .map((person) => ({ ...person, name: person.name.trim(), title: person.title.trim() }))
    .filter((person) => person.name !== '' && !seen.has(person.name) && seen.add(person.name));
}

/** Starts capture: the clock starts now, the roster comes from the request, the default deliverables are listed. */
export function startTranscript(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
): TranscriptView {
  const { db } = deps;
  return changeTranscript(deps, requestId, context, 'start', (event, actor) => {
    const at = context.now.toISOString();
    insertTranscript(db, requestId, actor.userId, at);
    const roster = rosterOf(event.request);
    for (const person of roster) {
      insertSpeaker(db, requestId, { id: randomUUID(), outlet: '', ...person }, at);
    }
    for (const spec of defaultDeliverables) insertDeliverable(db, requestId, randomUUID(), spec);
    appendAudit(db, actor, context.now, {
      action: 'transcript.started',
      subjectKind: 'transcript',
      subjectId: requestId,
      details: { speakers: roster.length },
    });
    return transcriptView(db, loadEvent(db, requestId, actor), actor);
  });
}

function setEnded(
  deps: TranscriptDeps,
  requestId: string,
  context: CallContext,
  ended: boolean,
): TranscriptView {
  const { db } = deps;
  return changeTranscript(deps, requestId, context, ended ? 'end' : 'resume', (_event, actor) => {
    setEndedAt(db, requestId, ended ? context.now.toISOString() : null);
    appendAudit(db, actor, context.now, {
      action: ended ? 'transcript.ended' : 'transcript.resumed',
      subjectKind: 'transcript',
      subjectId: requestId,
    });
    return transcriptView(db, loadEvent(db, requestId, actor), actor);
  });
}

export const endTranscript = (deps: TranscriptDeps, requestId: string, context: CallContext) =>
  setEnded(deps, requestId, context, true);
export const resumeTranscript = (deps: TranscriptDeps, requestId: string, context: CallContext) =>
  setEnded(deps, requestId, context, false);

function checkSpeakerFields(role: SpeakerRole, name: string, outlet: string): void {
  if (role === 'reporter' ? name === '' && outlet === '' : name === '') {
    throw new AppError(
      'invalid_input',
      role === 'reporter' ? '请填写记者姓名或所在媒体。' : '请填写发言人姓名。',
    );
  }
}

export function addSpeaker(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:addSpeaker'>,
  context: CallContext,
): TranscriptView {
  const { db } = deps;
  checkSpeakerFields(input.role, input.name, input.outlet);
  return changeTranscript(deps, input.requestId, context, 'editTurns', (_event, actor) => {
    const speaker: TranscriptSpeaker = {
      id: randomUUID(),
      role: input.role,
      name: input.name,
      title: input.title,
      outlet: input.role === 'reporter' ? input.outlet : '',
    };
    insertSpeaker(db, input.requestId, speaker, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: 'transcript.speakerAdded',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: {
        speakerId: speaker.id,
        role: speaker.role,
        name: speaker.name,
        outlet: speaker.outlet,
      },
    });
    return transcriptView(db, loadEvent(db, input.requestId, actor), actor);
  });
}

/** Corrects a speaker's name, title or outlet; their turns read (and are found) under the new name. */
export function editSpeaker(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:updateSpeaker'>,
  context: CallContext,
): TranscriptView {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'editTurns', (event, actor) => {
    const speaker = findSpeaker(db, input.requestId, input.speakerId);
    if (!speaker) throw new AppError('not_found', '本场名单中没有这位发言人，请刷新。');
    checkSpeakerFields(speaker.role, input.name, input.outlet);
    const changed = {
      name: input.name,
      title: input.title,
      outlet: speaker.role === 'reporter' ? input.outlet : '',
    };
    updateSpeaker(db, speaker.id, changed);
    reindexSpeakerTurns(db, input.requestId, { ...speaker, ...changed });
    bumpRevision(db, requireTranscript(event).requestId);
    appendAudit(db, actor, context.now, {
      action: 'transcript.speakerEdited',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { speakerId: speaker.id, from: speaker.name, to: changed.name },
    });
    return transcriptView(db, loadEvent(db, input.requestId, actor), actor);
  });
}
