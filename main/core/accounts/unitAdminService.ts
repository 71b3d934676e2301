import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Unit } from '../../../shared/domain/units.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { requireActor } from './accountService.ts';
import {
  findActiveUnitByName,
  findUnit,
  insertUnit,
  renameUnit,
  retireUnit,
} from './unitRepository.ts';

function existingUnit(db: DatabaseSync, unitId: string): Unit {
  const unit = findUnit(db, unitId);
  if (!unit) throw new AppError('not_found', '找不到该单位，请刷新后重试。');
  return unit;
}

function refuseDuplicateName(db: DatabaseSync, name: string, exceptId?: string): void {
  const other = findActiveUnitByName(db, name);
  if (other && other.id !== exceptId) {
    throw new AppError('duplicate_unit', `已有名为“${name}”的单位。`);
  }
}

export function createUnit(
  db: DatabaseSync,
  input: ParsedInput<'units:create'>,
  context: CallContext,
): Unit {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    refuseDuplicateName(db, input.name);
    const id = randomUUID();
    insertUnit(db, {
      id,
      name: input.name,
      kind: input.kind,
      createdAt: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'unit.create',
      subjectKind: 'unit',
      subjectId: id,
      details: { name: input.name, kind: input.kind },
    });
    return existingUnit(db, id);
  });
}

export function renameExistingUnit(
  db: DatabaseSync,
  input: ParsedInput<'units:rename'>,
  context: CallContext,
): Unit {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    const before = existingUnit(db, input.unitId);
    if (before.retiredAt) throw new AppError('unit_retired', '已撤销的单位不能改名。');
    refuseDuplicateName(db, input.name, input.unitId);
    renameUnit(db, input.unitId, input.name);
    appendAudit(db, actor, context.now, {
      action: 'unit.rename',
      subjectKind: 'unit',
      subjectId: input.unitId,
      details: { from: before.name, to: input.name },
    });
    return existingUnit(db, input.unitId);
  });
}

/** Units are retired, never deleted: their history (requests, events, audit) keeps pointing at them. */
export function retireExistingUnit(
  db: DatabaseSync,
  input: ParsedInput<'units:retire'>,
  context: CallContext,
): Unit {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    const unit = existingUnit(db, input.unitId);
    if (unit.retiredAt) return unit;
    retireUnit(db, input.unitId, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: 'unit.retire',
      subjectKind: 'unit',
      subjectId: input.unitId,
      details: { name: unit.name },
    });
    return existingUnit(db, input.unitId);
  });
}
