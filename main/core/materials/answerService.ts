import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { isExpired, type LibraryAnswer } from '../../../shared/domain/materialAnswers.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { indexDocument, searchDocuments } from '../search/searchRepository.ts';
import {
  findAnswer,
  findAnswers,
  recentAnswers,
  upsertAnswer,
  type AnswerRecord,
} from './libraryRepository.ts';
import { answerSearchKind } from './materialSearch.ts';

const viewOf = (db: DatabaseSync, answer: AnswerRecord, now: Date): LibraryAnswer => ({
  ...answer,
  ownerUnitName: findUnit(db, answer.ownerUnitId)?.name ?? '',
  expired: isExpired(answer.validUntil, shanghaiDate(now)),
});

/**
 * 口径库 search over question, answer and what may be said, through the Chinese index (so one- and
 * two-character queries work); without text, the latest answers. Newest first.
 */
export function searchAnswers(
  db: DatabaseSync,
  input: ParsedInput<'answers:search'>,
  context: CallContext,
): LibraryAnswer[] {
  requireActor(context);
  const limit = input.limit ?? 30;
  const text = input.text.trim();
  const answers =
    text === ''
      ? recentAnswers(db, limit * 4)
      : findAnswers(
          db,
          searchDocuments(db, { text, kinds: [answerSearchKind], limit: limit * 4 }).map(
            (hit) => hit.refId,
          ),
        );
  return answers
    .filter((answer) => !input.status || answer.status === input.status)
    .slice(0, limit)
    .map((answer) => viewOf(db, answer, context.now));
}

export function getAnswer(db: DatabaseSync, answerId: string, context: CallContext): LibraryAnswer {
  requireActor(context);
  const answer = findAnswer(db, answerId);
  if (!answer) throw new AppError('not_found', '口径库中找不到该答案。');
  return viewOf(db, answer, context.now);
}

export function saveAnswer(
  db: DatabaseSync,
  input: ParsedInput<'answers:save'>,
  context: CallContext,
): LibraryAnswer {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    if (!findUnit(db, input.ownerUnitId)) throw new AppError('not_found', '找不到所选的责任单位。');
    const existing = input.answerId ? findAnswer(db, input.answerId) : null;
    if (input.answerId && !existing) throw new AppError('not_found', '口径库中找不到该答案。');
    if (existing && input.revision !== existing.revision) {
      throw new AppError('conflict', '该答案已在别处被修改。请刷新后再编辑。');
    }
    const { answerId: _id, revision: _revision, ...fields } = input;
    const answer: AnswerRecord = {
      ...fields,
      id: existing?.id ?? randomUUID(),
      revision: (existing?.revision ?? 0) + 1,
      updatedByName: actor.displayName,
      updatedAt: context.now.toISOString(),
    };
    upsertAnswer(db, answer);
    indexDocument(db, {
      kind: answerSearchKind,
      refId: answer.id,
      title: answer.question,
      body: [answer.answer, answer.maySay, answer.mayNotSay, answer.source].join('\n'),
      updatedAt: answer.updatedAt,
    });
    appendAudit(db, actor, context.now, {
      action: existing ? 'answer.update' : 'answer.create',
      subjectKind: 'answer',
      subjectId: answer.id,
      details: { status: answer.status, validUntil: answer.validUntil, revision: answer.revision },
    });
    return viewOf(db, answer, context.now);
  });
}
