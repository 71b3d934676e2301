import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { TranscriptTurn, TurnRevision } from '../../../shared/domain/transcripts.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { clearDraft, saveDraft } from './draftRepository.ts';
import { findSpeaker } from './speakerRepository.ts';
import {
  changeTranscript,
  loadEvent,
  requireTranscript,
  type TranscriptDeps,
} from './transcriptAccess.ts';
import { bumpRevision } from './transcriptRepository.ts';
import { indexTurn } from './turnIndex.ts';
import { findTurn, insertTurn, listRevisions, reviseTurn } from './turnRepository.ts';

const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

function speakerOf(deps: TranscriptDeps, requestId: string, speakerId: string) {
  const speaker = findSpeaker(deps.db, requestId, speakerId);
  if (!speaker) throw new AppError('not_found', '本场名单中没有这位发言人，请刷新。');
  return speaker;
}

/**
 * When the turn was spoken: the first keystroke of the line, as the screen reports it, kept within
 * the start of capture and now (a wrong clock on the client cannot move a turn out of the event).
 */
function spokenAt(startedAt: string, typedAt: string | null, now: Date): Date {
  const start = Date.parse(startedAt);
  const typed = typedAt === null ? now.getTime() : Date.parse(typedAt);
  return new Date(Math.min(now.getTime(), Math.max(start, typed)));
}

/**
 * Commits one turn: stored, indexed and audited in one transaction, which (synchronous=FULL) is on
 * disk when this returns. The id comes from the screen, so a retried commit is stored once.
 */
export function commitTurn(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:commitTurn'>,
  context: CallContext,
): TranscriptTurn {
  const { db } = deps;
  const actor = requireActor(context);
  const stored = findTurn(db, input.turnId);
  if (stored) {
    loadEvent(db, input.requestId, actor);
    if (stored.requestId !== input.requestId) throw new AppError('conflict', '发言标识重复。');
    const { requestId: _event, ...turn } = stored;
    return turn;
  }
  return changeTranscript(deps, input.requestId, context, 'capture', (event) => {
    const transcript = requireTranscript(event);
    const speaker = speakerOf(deps, input.requestId, input.speakerId);
    const spoken = spokenAt(transcript.startedAt, input.startedAt, context.now);
    const at = context.now.toISOString();
    const turn = insertTurn(db, {
      id: input.turnId,
      requestId: input.requestId,
      speakerId: speaker.id,
      text: input.text,
      spokenAt: spoken.toISOString(),
      offsetMs: spoken.getTime() - Date.parse(transcript.startedAt),
      by: actor.userId,
      byName: actor.displayName,
      at,
    });
    indexTurn(db, input.requestId, turn, speaker, at);
    clearDraft(db, input.requestId, actor.userId);
    bumpRevision(db, input.requestId);
    appendAudit(db, actor, context.now, {
      action: 'transcript.turnCommitted',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: {
        turnId: turn.id,
        seq: turn.seq,
        speakerId: speaker.id,
        textSha256: textHash(turn.text),
      },
    });
    return turn;
  });
}

/** A correction: a new revision of the turn; the earlier ones stay as they were. */
export function editTurn(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:editTurn'>,
  context: CallContext,
): TranscriptTurn {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'editTurns', (_event, actor) => {
    const turn = findTurn(db, input.turnId);
    if (!turn || turn.requestId !== input.requestId) {
      throw new AppError('not_found', '找不到这条发言，请刷新。');
    }
    if (turn.revision !== input.revision) {
      throw new AppError('conflict', '这条发言已被他人修改。请刷新后再改。');
    }
    const speaker = speakerOf(deps, input.requestId, input.speakerId);
    const { requestId: _requestId, ...current } = turn;
    if (turn.text === input.text && turn.speakerId === speaker.id) return current;
    const at = context.now.toISOString();
    const revised = reviseTurn(db, turn.id, {
      revision: turn.revision + 1,
      speakerId: speaker.id,
      text: input.text,
      editedBy: actor.userId,
      editedByName: actor.displayName,
      editedAt: at,
    });
    indexTurn(db, input.requestId, revised, speaker, at);
    bumpRevision(db, input.requestId);
    appendAudit(db, actor, context.now, {
      action: 'transcript.turnEdited',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { turnId: turn.id, revision: revised.revision, textSha256: textHash(revised.text) },
    });
    return revised;
  });
}

export function turnHistory(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:turnHistory'>,
  context: CallContext,
): TurnRevision[] {
  const actor = requireActor(context);
  loadEvent(deps.db, input.requestId, actor);
  const turn = findTurn(deps.db, input.turnId);
  if (!turn || turn.requestId !== input.requestId) {
    throw new AppError('not_found', '找不到这条发言，请刷新。');
  }
  return listRevisions(deps.db, turn.id);
}

/**
 * Keeps the line being typed. Not audited: it is the note-taker's scratch, replaced at every
 * pause and gone once the line is committed.
 */
export function saveTurnDraft(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:saveDraft'>,
  context: CallContext,
): null {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'capture', (_event, actor) => {
    if (input.text === '') clearDraft(db, input.requestId, actor.userId);
    else saveDraft(db, input.requestId, actor.userId, input, context.now.toISOString());
    return null;
  });
}
