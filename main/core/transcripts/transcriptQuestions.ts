import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { TranscriptQuestion } from '../../../shared/domain/transcripts.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import {
  findQuestion,
  insertQuestion,
  listQuestions,
  updateQuestion,
} from './questionRepository.ts';
import { findSpeaker } from './speakerRepository.ts';
import { changeTranscript, type TranscriptDeps } from './transcriptAccess.ts';

function checkSpeaker(deps: TranscriptDeps, requestId: string, speakerId: string | null): void {
  if (speakerId !== null && !findSpeaker(deps.db, requestId, speakerId)) {
    throw new AppError('not_found', '本场名单中没有这位发言人，请刷新。');
  }
}

/** A reporter's question joins the queue, with who is to answer it. */
export function addQuestion(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:addQuestion'>,
  context: CallContext,
): TranscriptQuestion[] {
  const { db } = deps;
  return changeTranscript(deps, input.requestId, context, 'editTurns', (_event, actor) => {
    if (findQuestion(db, input.requestId, input.questionId))
      return listQuestions(db, input.requestId);
    const reporter = findSpeaker(db, input.requestId, input.reporterId);
    if (!reporter) throw new AppError('not_found', '本场名单中没有这位记者，请刷新。');
    checkSpeaker(deps, input.requestId, input.answererId);
    insertQuestion(db, input.requestId, {
      id: input.questionId,
      reporterId: reporter.id,
      text: input.text,
      answererId: input.answererId,
      state: 'waiting',
      followUp: 'none',
      followUpNote: '',
      askedAt: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'transcript.questionAdded',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: { questionId: input.questionId, reporterId: reporter.id },
    });
    return listQuestions(db, input.requestId);
  });
}

/**
 * Changes a question: its answerer or state during the event, its follow-up afterwards. Only the
 * follow-up may still change once the event is closed.
 */
export function changeQuestion(
  deps: TranscriptDeps,
  input: ParsedInput<'transcripts:updateQuestion'>,
  context: CallContext,
): TranscriptQuestion[] {
  const { db } = deps;
  const followUpOnly =
    input.text === undefined && input.answererId === undefined && input.state === undefined;
  const action = followUpOnly ? 'trackFollowUps' : 'editTurns';
  return changeTranscript(deps, input.requestId, context, action, (_event, actor) => {
    const question = findQuestion(db, input.requestId, input.questionId);
    if (!question) throw new AppError('not_found', '找不到这条提问，请刷新。');
    if (input.answererId !== undefined) checkSpeaker(deps, input.requestId, input.answererId);
    const changed: TranscriptQuestion = {
      ...question,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.answererId !== undefined ? { answererId: input.answererId } : {}),
      ...(input.state !== undefined ? { state: input.state } : {}),
      ...(input.followUp !== undefined ? { followUp: input.followUp } : {}),
      ...(input.followUpNote !== undefined ? { followUpNote: input.followUpNote } : {}),
    };
    updateQuestion(db, changed, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: 'transcript.questionChanged',
      subjectKind: 'transcript',
      subjectId: input.requestId,
      details: {
        questionId: question.id,
        state: changed.state,
        followUp: changed.followUp,
        answererId: changed.answererId,
      },
    });
    return listQuestions(db, input.requestId);
  });
}
