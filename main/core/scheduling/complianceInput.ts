import type { DatabaseSync } from 'node:sqlite';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { complianceSettingsOf } from '../../../shared/domain/schedulingSettings.ts';
import type { ComplianceEvent } from '../../../shared/rules/complianceCounting.ts';
import type { BoardUnit, ComplianceInput } from '../../../shared/rules/complianceUnit.ts';
import { periodInstants, yearPeriod } from '../../../shared/rules/schedulePeriods.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { listRegister } from './registerRepository.ts';
import { listScheduleRows, type ScheduleRow } from './scheduleRepository.ts';
import { listProfiledUnits, type ProfiledUnit } from './unitProfileRepository.ts';

export const complianceEventOf = (row: ScheduleRow): ComplianceEvent => ({
  id: row.id,
  unitId: row.unitId,
  unitKind: row.unitKind,
  form: row.form,
  state: row.state,
  startsAt: row.startsAt,
  isEmergency: row.isEmergency,
  people: [row.host, row.mainSpeaker, row.spokesperson, ...row.participants],
});

export const boardUnitOf = (unit: ProfiledUnit): BoardUnit => ({
  unitId: unit.unitId,
  unitName: unit.unitName,
  unitKind: unit.unitKind,
  designated: unit.designated,
  principalHeadName: unit.principalHeadName,
  createdOn: shanghaiDate(new Date(unit.createdAt)),
  retiredOn: unit.retiredAt ? shanghaiDate(new Date(unit.retiredAt)) : null,
});

/** Only approved events count; the drill-down also reads the others, to say why they do not. */
export const countedStates: readonly RequestState[] = ['approved'];

/** Everything the rules need for a year, read in a handful of queries. */
export function loadComplianceInput(
  db: DatabaseSync,
  year: number,
  now: Date,
  options: { readonly states?: readonly RequestState[]; readonly unitIds?: readonly string[] } = {},
): { input: ComplianceInput; rows: ScheduleRow[] } {
  const settings = readSettings(db);
  const range = periodInstants(yearPeriod(year));
  const rows = listScheduleRows(db, {
    from: range.from,
    before: range.before,
    states: options.states ?? countedStates,
    limit: 1_000_000,
  });
  const only = options.unitIds ? new Set(options.unitIds) : null;
  const units = listProfiledUnits(db).filter((unit) => !only || only.has(unit.unitId));
  const entry = (record: { unitId: string; filedOn: string | null }, name: string) => ({
    unitId: record.unitId,
    name,
    filedOn: record.filedOn,
  });
  return {
    rows,
    input: {
      year,
      today: shanghaiDate(now),
      now,
      calendar: readWorkCalendar(db),
      settings: complianceSettingsOf(settings.compliance),
      requestLeadWorkingDays: settings.requestLeadWorkingDays,
      units: units.map(boardUnitOf),
      events: rows.map(complianceEventOf),
      spokespersons: listRegister(db, 'spokesperson', null).map((record) => ({
        ...entry(record, record.name),
        removedOn: record.removedOn,
      })),
      experts: listRegister(db, 'expert', null).map((record) => ({
        ...entry(record, record.name),
        removedOn: record.removedOn,
      })),
      accounts: listRegister(db, 'account', null).map((record) => ({
        ...entry(record, record.accountName),
        openedOn: record.openedOn,
        closedOn: record.closedOn,
      })),
    },
  };
}
