import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type {
  CellDetail,
  ComplianceBoard,
  CountedEvent,
  FilingRef,
} from '../../../shared/domain/schedulingCompliance.ts';
import { requestStates } from '../../../shared/domain/requests.ts';
import { evaluateBoard } from '../../../shared/rules/complianceBoard.ts';
import { cellEvents } from '../../../shared/rules/complianceDrillDown.ts';
import { deadlineIn, periodOf } from '../../../shared/rules/schedulePeriods.ts';
import { accountFilingDeadline } from '../../../shared/rules/scheduleRegisters.ts';
import { AppError } from '../appError.ts';
import type { CallContext } from '../callContext.ts';
import { loadComplianceInput } from './complianceInput.ts';
import type { ScheduleRow } from './scheduleRepository.ts';

export function complianceBoard(db: DatabaseSync, year: number, now: Date): ComplianceBoard {
  return evaluateBoard(loadComplianceInput(db, year, now).input);
}

const countedEventOf = (row: ScheduleRow): CountedEvent => ({
  requestId: row.id,
  title: row.title,
  unitName: row.unitName,
  form: row.form,
  state: row.state,
  startsAt: row.startsAt,
  isEmergency: row.isEmergency,
});

/** The drill-down of one cell: the events counted, those not counted and why, or the filings. */
export function complianceCell(
  db: DatabaseSync,
  input: ParsedInput<'compliance:cell'>,
  context: CallContext,
): CellDetail {
  const { input: rules, rows } = loadComplianceInput(db, input.year, context.now, {
    states: requestStates,
  });
  const unit = rules.units.find((candidate) => candidate.unitId === input.unitId);
  if (!unit) throw new AppError('not_found', '找不到该单位。');
  const quarterly = input.rule === 'pressConference' || input.rule === 'newsOfficeAppearance';
  if (quarterly !== (input.quarter !== null))
    throw new AppError('invalid_input', '季度要求须指定季度，年度要求不指定季度。');
  const board = evaluateBoard({ ...rules, units: [unit] });
  const row = board.rows[0];
  const cell =
    (input.quarter === null
      ? row?.year[input.rule as keyof typeof row.year]
      : row?.quarters[input.quarter - 1]?.[input.rule as 'pressConference']) ?? null;
  const people = {
    unitName: unit.unitName,
    principalHeadName: unit.principalHeadName,
    spokespersonNames: rules.spokespersons
      .filter((entry) => entry.unitId === unit.unitId)
      .map((entry) => entry.name),
  };
  const found = cellEvents(
    input.rule,
    unit.unitId,
    people,
    periodOf(input.year, input.quarter),
    rules.events,
  );
  const byId = new Map(rows.map((scheduleRow) => [scheduleRow.id, scheduleRow]));
  const eventOf = (id: string) => {
    const scheduleRow = byId.get(id);
    return scheduleRow ? [countedEventOf(scheduleRow)] : [];
  };
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    rule: input.rule,
    year: input.year,
    quarter: input.quarter,
    cell,
    counted: found.counted.flatMap(eventOf),
    notCounted: found.notCounted.flatMap(({ id, reason }) =>
      eventOf(id).map((event) => ({ ...event, reason })),
    ),
    filings: filingsOf(input.rule, unit.unitId, rules),
  };
}

function filingsOf(
  rule: CellDetail['rule'],
  unitId: string,
  rules: ReturnType<typeof loadComplianceInput>['input'],
): FilingRef[] {
  const { settings, year } = rules;
  const mine = <T extends { unitId: string }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.unitId === unitId);
  if (rule === 'spokespersonFiling' || rule === 'expertPoolFiling') {
    const deadline = deadlineIn(
      year,
      rule === 'spokespersonFiling'
        ? settings.spokespersonFilingDeadline
        : settings.expertPoolFilingDeadline,
    );
    const entries = mine(rule === 'spokespersonFiling' ? rules.spokespersons : rules.experts);
    return entries.map((entry) => ({ name: entry.name, filedOn: entry.filedOn, deadline }));
  }
  if (rule === 'newMediaFiling')
    return mine(rules.accounts).map((account) => ({
      name: account.name,
      filedOn: account.filedOn,
      deadline: accountFilingDeadline(account.openedOn, settings.newMediaFilingDays),
    }));
  return [];
}
