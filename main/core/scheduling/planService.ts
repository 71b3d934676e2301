import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { requestStates } from '../../../shared/domain/requests.ts';
import type {
  AnnualPlanView,
  PlanItem,
  UnitPlanView,
} from '../../../shared/domain/schedulingPlans.ts';
import { complianceSettingsOf } from '../../../shared/domain/schedulingSettings.ts';
import { periodInstants, yearPeriod } from '../../../shared/rules/schedulePeriods.ts';
import { matchPlan, type PlanEvent } from '../../../shared/rules/schedulePlans.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { findRequest } from '../requests/requestRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { foreignPlanItems, listPlanItems, replacePlan } from './planRepository.ts';
import { ownUnits } from './scheduleAccess.ts';
import { listScheduleRows } from './scheduleRepository.ts';
import { listProfiledUnits } from './unitProfileRepository.ts';

/** The news office keeps every unit's registers and plan; a unit's drafter and spokesperson its own. */
export const keepsRecordsOf = (actor: Actor, unitId: string): boolean =>
  actor.roles.includes('newsOfficeReviewer') ||
  (actor.unitId === unitId &&
    (actor.roles.includes('drafter') || actor.roles.includes('spokesperson')));

export function checkKeepsRecords(actor: Actor, unitId: string): void {
  if (!keepsRecordsOf(actor, unitId))
    throw new AppError(
      'other_unit',
      '只能维护本单位的名单和计划；其他单位的由县政府新闻办公室维护。',
    );
}

/** Plan against actual for the units the viewer follows (one unit when asked for it). */
export function listPlans(
  db: DatabaseSync,
  input: ParsedInput<'plans:list'>,
  context: CallContext,
): AnnualPlanView {
  const actor = requireActor(context);
  const scope = ownUnits(actor);
  if (input.unitId && scope && !scope.includes(input.unitId))
    throw new AppError('other_unit', '只能查看本单位的年度发布计划。');
  const items = listPlanItems(db, input.year, input.unitId ? [input.unitId] : scope);
  const kinds = complianceSettingsOf(readSettings(db).compliance).ruleUnitKinds.pressConferences;
  const units = listProfiledUnits(db).filter((unit) =>
    input.unitId
      ? unit.unitId === input.unitId
      : scope
        ? scope.includes(unit.unitId)
        : items.some((item) => item.unitId === unit.unitId) ||
          (unit.retiredAt === null && kinds.includes(unit.unitKind)),
  );
  const range = periodInstants(yearPeriod(input.year));
  const rows = listScheduleRows(db, {
    ...range,
    states: requestStates,
    unitIds: units.map((unit) => unit.unitId),
    limit: 100_000,
  });
  const today = shanghaiDate(context.now);
  const views: UnitPlanView[] = units.map((unit) => {
    const events: PlanEvent[] = rows
      .filter((row) => row.unitId === unit.unitId)
      .map((row) => ({
        requestId: row.id,
        unitId: row.unitId,
        title: row.title,
        unitName: row.unitName,
        form: row.form,
        state: row.state,
        startsAt: row.startsAt,
        isEmergency: row.isEmergency,
      }));
    const matched = matchPlan(
      items.filter((item) => item.unitId === unit.unitId),
      events,
      context.now,
      today,
    );
    const plain = ({ unitId: _unitId, ...event }: PlanEvent) => event;
    return {
      unitId: unit.unitId,
      unitName: unit.unitName,
      items: matched.items.map(({ item, event, status }) => ({
        ...item,
        status,
        event: event ? plain(event) : null,
      })),
      unplanned: matched.unplanned.map(plain),
    };
  });
  return {
    year: input.year,
    units: views,
    editableUnitIds: units
      .filter((unit) => keepsRecordsOf(actor, unit.unitId))
      .map((unit) => unit.unitId),
  };
}

/** Replaces a unit's plan for the year; lines keep their ids, so links and history hold. */
export function savePlan(
  db: DatabaseSync,
  input: ParsedInput<'plans:save'>,
  context: CallContext,
): AnnualPlanView {
  const actor = requireActor(context);
  checkKeepsRecords(actor, input.unitId);
  const unit = findUnit(db, input.unitId);
  if (!unit) throw new AppError('not_found', '找不到该单位。');
  const items: PlanItem[] = input.items.map((item) => ({
    id: item.id ?? randomUUID(),
    unitId: input.unitId,
    year: input.year,
    quarter: item.quarter,
    form: item.form,
    topic: item.topic,
    note: item.note,
    requestId: item.requestId,
  }));
  inTransaction(db, () => {
    if (
      foreignPlanItems(
        db,
        input.unitId,
        input.year,
        items.map((item) => item.id),
      ).length > 0
    )
      throw new AppError('invalid_input', '计划条目不属于该单位或该年度，请刷新后重试。');
    for (const item of items) {
      const linked = item.requestId ? findRequest(db, item.requestId) : null;
      if (item.requestId && linked?.fields.unitId !== input.unitId)
        throw new AppError('invalid_input', `计划“${item.topic}”关联的报批不属于${unit.name}。`);
    }
    replacePlan(db, input.unitId, input.year, items, context.now.toISOString());
    appendAudit(db, actor, context.now, {
      action: 'plan.save',
      subjectKind: 'plan',
      subjectId: `${input.unitId}:${input.year}`,
      details: {
        unitName: unit.name,
        year: input.year,
        items: items.map((item) => ({ quarter: item.quarter, form: item.form, topic: item.topic })),
      },
    });
  });
  return listPlans(db, { year: input.year, unitId: input.unitId }, context);
}
