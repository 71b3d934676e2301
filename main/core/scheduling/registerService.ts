import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RegistersView } from '../../../shared/domain/schedulingRegisters.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { checkKeepsRecords } from './planService.ts';
import {
  deleteRegisterEntry,
  findRegisterEntry,
  saveRegisterEntry,
  type RegisterKind,
  type RegisterRecords,
} from './registerRepository.ts';
import { registersView } from './registerView.ts';
import { listProfiledUnits, saveUnitProfile } from './unitProfileRepository.ts';

const isNewsOffice = (actor: Actor): boolean => actor.roles.includes('newsOfficeReviewer');

/** The checks every register entry passes before it is written, then the write and its audit row. */
function saveEntry<K extends RegisterKind>(
  db: DatabaseSync,
  kind: K,
  record: RegisterRecords[K],
  dates: { readonly since: string; readonly until: string | null },
  context: CallContext,
): RegistersView {
  const actor = requireActor(context);
  const today = shanghaiDate(context.now);
  checkKeepsRecords(actor, record.unitId);
  const unit = findUnit(db, record.unitId);
  if (!unit || unit.retiredAt) throw new AppError('not_found', '找不到该单位，或该单位已撤销。');
  if (record.filedOn !== null && record.filedOn > today)
    throw new AppError('invalid_input', '备案日期不能晚于今天。');
  if (record.filedOn !== null && record.filedOn < dates.since)
    throw new AppError('invalid_input', '备案日期不能早于任职、入库或开通日期。');
  if (dates.until !== null && dates.until < dates.since)
    throw new AppError('invalid_input', '结束日期不能早于开始日期。');
  inTransaction(db, () => {
    const existing = findRegisterEntry(db, kind, record.id);
    if (existing && existing.unitId !== record.unitId)
      throw new AppError('invalid_input', '不能把名单条目改到其他单位，请删除后在该单位重新登记。');
    // Spokespersons and experts are filed with the news office, which records the filing.
    const filingChanged = (existing?.filedOn ?? null) !== record.filedOn;
    if (kind !== 'account' && filingChanged && !isNewsOffice(actor))
      throw new AppError('news_office_only', '备案日期由县政府新闻办公室登记。');
    saveRegisterEntry(db, kind, record, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: existing ? 'register.update' : 'register.add',
      subjectKind: kind,
      subjectId: record.id,
      details: { unitName: unit.name, before: existing, after: record },
    });
  });
  return registersView(db, actor, context.now);
}

export const saveSpokesperson = (
  db: DatabaseSync,
  { id, ...input }: ParsedInput<'registers:saveSpokesperson'>,
  context: CallContext,
): RegistersView =>
  saveEntry(
    db,
    'spokesperson',
    { ...input, id: id ?? randomUUID() },
    { since: input.appointedOn, until: input.removedOn },
    context,
  );

export const saveExpert = (
  db: DatabaseSync,
  { id, ...input }: ParsedInput<'registers:saveExpert'>,
  context: CallContext,
): RegistersView =>
  saveEntry(
    db,
    'expert',
    { ...input, id: id ?? randomUUID() },
    { since: input.addedOn, until: input.removedOn },
    context,
  );

export const saveAccount = (
  db: DatabaseSync,
  { id, ...input }: ParsedInput<'registers:saveAccount'>,
  context: CallContext,
): RegistersView =>
  saveEntry(
    db,
    'account',
    { ...input, id: id ?? randomUUID() },
    { since: input.openedOn, until: input.closedOn },
    context,
  );

export function removeEntry(
  db: DatabaseSync,
  input: ParsedInput<'registers:remove'>,
  context: CallContext,
): RegistersView {
  const actor = requireActor(context);
  inTransaction(db, () => {
    const existing = findRegisterEntry(db, input.register, input.id);
    if (!existing) throw new AppError('not_found', '找不到该条目，可能已被删除。');
    checkKeepsRecords(actor, existing.unitId);
    if (input.register !== 'account' && existing.filedOn !== null && !isNewsOffice(actor))
      throw new AppError(
        'news_office_only',
        '已备案的条目只能由县政府新闻办公室删除；人员离任请填写离任日期。',
      );
    deleteRegisterEntry(db, input.register, input.id);
    appendAudit(db, actor, context.now, {
      action: 'register.remove',
      subjectKind: input.register,
      subjectId: input.id,
      details: { removed: existing },
    });
  });
  return registersView(db, actor, context.now);
}

/** A unit's principal head (the unit or the news office) and designation (the news office only). */
export function saveProfile(
  db: DatabaseSync,
  input: ParsedInput<'registers:saveProfile'>,
  context: CallContext,
): RegistersView {
  const actor = requireActor(context);
  checkKeepsRecords(actor, input.unitId);
  inTransaction(db, () => {
    const current = listProfiledUnits(db).find((unit) => unit.unitId === input.unitId);
    if (!current || current.retiredAt)
      throw new AppError('not_found', '找不到该单位，或该单位已撤销。');
    if (current.designated !== input.designated && !isNewsOffice(actor))
      throw new AppError('news_office_only', '重点部门由县政府新闻办公室确定。');
    saveUnitProfile(db, input, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: 'unitProfile.save',
      subjectKind: 'unit',
      subjectId: input.unitId,
      details: {
        unitName: current.unitName,
        before: {
          designated: current.designated,
          principalHeadName: current.principalHeadName,
          principalHeadTitle: current.principalHeadTitle,
        },
        after: input,
      },
    });
  });
  return registersView(db, actor, context.now);
}
