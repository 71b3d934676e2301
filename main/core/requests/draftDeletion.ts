import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { checkVisible, enforce, factsOf } from './requestAccess.ts';
import type { RequestDeps } from './requestDeps.ts';
import { loadRequest } from './requestDetail.ts';
import { deleteRequestRecord, listDecisions } from './requestRepository.ts';

const isForeignKeyFailure = (error: unknown): boolean =>
  error instanceof Error && /FOREIGN KEY constraint failed/.test(error.message);

/**
 * Deletes a draft that was never submitted, for its drafter only. Nobody else has seen it, so it
 * leaves no record but the audit row; anything once submitted is cancelled (取消发布) instead.
 */
export function deleteDraft(
  deps: RequestDeps,
  input: ParsedInput<'requests:deleteDraft'>,
  context: CallContext,
): { readonly requestId: string } {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const request = loadRequest(db, input.requestId);
    checkVisible(actor, request);
    enforce(factsOf(request, listDecisions(db, request.id)), actor, 'deleteDraft');
    try {
      deleteRequestRecord(db, request.id);
    } catch (error) {
      if (!isForeignKeyFailure(error)) throw error;
      throw new AppError(
        'draft_in_use',
        '该草稿已有发布材料、排期或实录，不能删除。请先删除这些内容，或改为取消发布。',
      );
    }
    appendAudit(db, actor, context.now, {
      action: 'request.deleteDraft',
      subjectKind: 'request',
      subjectId: request.id,
      details: { title: request.fields.title, unitId: request.fields.unitId },
    });
    return { requestId: request.id };
  });
}
