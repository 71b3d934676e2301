import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RegistersView } from '../../../shared/domain/schedulingRegisters.ts';
import { complianceSettingsOf } from '../../../shared/domain/schedulingSettings.ts';
import {
  accountFilingDeadline,
  entryDeadline,
  filingStanding,
} from '../../../shared/rules/scheduleRegisters.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { AppError } from '../appError.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { keepsRecordsOf } from './planService.ts';
import { listRegister } from './registerRepository.ts';
import { ownUnits } from './scheduleAccess.ts';
import { listProfiledUnits } from './unitProfileRepository.ts';

/** The registers of the units the actor follows, each entry with its deadline and standing. */
export function registersView(
  db: DatabaseSync,
  actor: Actor,
  now: Date,
  unitId?: string,
): RegistersView {
  const scope = ownUnits(actor);
  if (unitId && scope && !scope.includes(unitId))
    throw new AppError('other_unit', '只能查看本单位的名单。');
  const unitIds = unitId ? [unitId] : scope;
  const today = shanghaiDate(now);
  const settings = complianceSettingsOf(readSettings(db).compliance);
  const units = listProfiledUnits(db).filter(
    (unit) => unit.retiredAt === null && (!unitIds || unitIds.includes(unit.unitId)),
  );
  const unitName = new Map(units.map((unit) => [unit.unitId, unit.unitName]));
  const standing = (filedOn: string | null, deadline: string) => ({
    deadline,
    standing: filingStanding(filedOn, deadline, today),
  });
  const known = <T extends { unitId: string }>(entries: readonly T[]) =>
    entries.filter((entry) => unitName.has(entry.unitId));
  return {
    today,
    spokespersons: known(listRegister(db, 'spokesperson', unitIds)).map((entry) => ({
      ...entry,
      unitName: unitName.get(entry.unitId) ?? '',
      ...standing(
        entry.filedOn,
        entryDeadline(entry.appointedOn, settings.spokespersonFilingDeadline),
      ),
    })),
    experts: known(listRegister(db, 'expert', unitIds)).map((entry) => ({
      ...entry,
      unitName: unitName.get(entry.unitId) ?? '',
      ...standing(entry.filedOn, entryDeadline(entry.addedOn, settings.expertPoolFilingDeadline)),
    })),
    accounts: known(listRegister(db, 'account', unitIds)).map((entry) => ({
      ...entry,
      unitName: unitName.get(entry.unitId) ?? '',
      ...standing(
        entry.filedOn,
        accountFilingDeadline(entry.openedOn, settings.newMediaFilingDays),
      ),
    })),
    profiles: units.map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.unitName,
      unitKind: unit.unitKind,
      designated: unit.designated,
      principalHeadName: unit.principalHeadName,
      principalHeadTitle: unit.principalHeadTitle,
    })),
    editableUnitIds: units
      .filter((unit) => keepsRecordsOf(actor, unit.unitId))
      .map((unit) => unit.unitId),
    newsOffice: actor.roles.includes('newsOfficeReviewer'),
  };
}
