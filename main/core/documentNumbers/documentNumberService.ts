import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { DocumentNumberEntry } from '../../../shared/domain/documentNumbers.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { findDocumentNumber, listDocumentNumbers, markVoided } from './documentNumberRepository.ts';

/** The 发文登记簿 of a year, or of every year. */
export function documentRegister(
  db: DatabaseSync,
  input: ParsedInput<'documentNumbers:list'>,
): DocumentNumberEntry[] {
  return listDocumentNumbers(db, input.year === undefined ? {} : { year: input.year });
}

/**
 * Voids an issued paper. It keeps its number (numbers are never reused), the register shows it as
 * 已作废 with the reason, and the paper's next export takes a new number.
 */
export function voidDocumentNumber(
  db: DatabaseSync,
  input: ParsedInput<'documentNumbers:void'>,
  context: CallContext,
): DocumentNumberEntry {
  const actor = requireActor(context);
  const reason = input.reason.trim();
  if (!reason) throw new AppError('invalid_input', '作废须填写原因。');
  return inTransaction(db, () => {
    const entry = findDocumentNumber(db, input.id);
    if (!entry) throw new AppError('not_found', '发文登记簿中没有这个文号。');
    if (entry.voided) {
      throw new AppError('conflict', `${entry.number}已于此前作废，不能再次作废。`);
    }
    markVoided(db, entry.id, context.now.toISOString(), reason, actor.userId);
    appendAudit(db, actor, context.now, {
      action: 'documentNumber.void',
      subjectKind: 'documentNumber',
      subjectId: entry.id,
      details: { number: entry.number, paperKind: entry.paperKind, reason },
    });
    const voided = findDocumentNumber(db, entry.id);
    if (!voided) throw new AppError('not_found', '发文登记簿中没有这个文号。');
    return voided;
  });
}
