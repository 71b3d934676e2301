import type { DatabaseSync } from 'node:sqlite';
import type { SetupStep } from '../../../shared/domain/personalTodo.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { readSetupFacts } from './personalTodoRepository.ts';

/**
 * The administrator's next steps after first-run setup, each ticked from what the database holds
 * (no flag is stored, so a step undone, such as the last peer revoked, shows as open again):
 *
 * - 添加用户: an enabled user who is not an administrator exists.
 * - 核对单位: the administrator has changed the units since setup (added, renamed or retired one),
 *   or every active unit has an enabled user. Setup already asks for the units, so a list that was
 *   right from the start is confirmed by putting people in every unit; a unit nobody belongs to is
 *   what a check would catch (a typo, a unit that does not exist).
 * - 登记对方工作台: another installation's key card is registered and not revoked.
 * - 导入节假日: a holiday lies within the coming year (today up to a year from today), so the
 *   working-day deadlines count the next holidays.
 */
export function firstRunChecklist(db: DatabaseSync, now: Date): SetupStep[] {
  const today = shanghaiDate(now);
  const facts = readSetupFacts(db, today, addDays(today, 366));
  return [
    { id: 'addUsers', done: facts.nonAdminUser, route: 'admin/users' },
    {
      id: 'confirmUnits',
      done: facts.unitsChanged || facts.everyUnitStaffed,
      route: 'admin/units',
    },
    { id: 'registerPeer', done: facts.activePeer, route: 'admin/exchange' },
    { id: 'importHolidays', done: facts.holidayAhead, route: 'admin/settings' },
  ];
}
