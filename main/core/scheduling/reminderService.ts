import type { DatabaseSync } from 'node:sqlite';
import type { Reminder } from '../../../shared/domain/scheduling.ts';
import type { ComplianceRule } from '../../../shared/domain/schedulingCompliance.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { evaluateBoard } from '../../../shared/rules/complianceBoard.ts';
import { quarterOfDate } from '../../../shared/rules/schedulePeriods.ts';
import { addDays, latestDateAhead, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { loadComplianceInput } from './complianceInput.ts';
import { registersView } from './registerView.ts';
import { bookedStates, ownUnits } from './scheduleAccess.ts';
import { listScheduleRows } from './scheduleRepository.ts';

/** How far ahead events and dues are reminded of, in calendar days. */
const lookAheadDays = 7;
/** How far ahead a register deadline is reminded of. */
const deadlineLookAheadDays = 30;
const maxReminders = 30;

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const draftStates = ['draft', 'returned', 'rescheduled'] as const;

/** Events starting soon, and the request and materials due dates of the actor's unit's events. */
function eventReminders(
  db: DatabaseSync,
  context: CallContext,
  unitIds: readonly string[] | null,
): Reminder[] {
  const today = shanghaiDate(context.now);
  const settings = readSettings(db);
  const calendar = readWorkCalendar(db);
  // Materials are due a few working days ahead: look far enough to cover a long holiday.
  const rows = listScheduleRows(db, {
    from: context.now.toISOString(),
    before: `${addDays(today, lookAheadDays + 21)}T00:00:00+08:00`,
    states: bookedStates,
    unitIds,
    limit: 500,
  });
  const reminders: Reminder[] = [];
  const remind = (kind: Reminder['kind'], date: string, row: (typeof rows)[number]) =>
    reminders.push({
      kind,
      date,
      daysLeft: daysBetween(today, date),
      requestId: row.id,
      title: row.title,
      unitName: row.unitName,
      count: 1,
      rule: null,
    });
  for (const row of rows) {
    const eventDate = shanghaiDate(new Date(row.startsAt));
    if (daysBetween(today, eventDate) <= lookAheadDays) remind('eventSoon', eventDate, row);
    if (unitIds === null) continue;
    const soon = (date: string) => daysBetween(today, date) <= lookAheadDays;
    const requestDue = latestDateAhead(eventDate, settings.requestLeadWorkingDays, calendar);
    if ((draftStates as readonly string[]).includes(row.state) && soon(requestDue))
      remind('requestDue', requestDue, row);
    const materialsDue = latestDateAhead(eventDate, settings.materialsLeadWorkingDays, calendar);
    if (soon(materialsDue) && materialsDue >= today) remind('materialsDue', materialsDue, row);
  }
  return reminders;
}

const unitRules: readonly { rule: ComplianceRule; kind: Reminder['kind'] }[] = [
  { rule: 'pressConference', kind: 'quarterConference' },
  { rule: 'spokespersonFiling', kind: 'spokespersonFiling' },
  { rule: 'expertPoolFiling', kind: 'expertPoolFiling' },
];

/** The actor's own unit: a quarter at risk without a conference, and filings falling due. */
function unitReminders(db: DatabaseSync, context: CallContext, unitId: string): Reminder[] {
  const today = shanghaiDate(context.now);
  const year = Number(today.slice(0, 4));
  const board = evaluateBoard(
    loadComplianceInput(db, year, context.now, { unitIds: [unitId] }).input,
  );
  const row = board.rows[0];
  if (!row) return [];
  const reminders: Reminder[] = [];
  for (const { rule, kind } of unitRules) {
    const cell =
      rule === 'pressConference'
        ? row.quarters[quarterOfDate(today) - 1]?.[rule]
        : row.year[rule as 'spokespersonFiling'];
    const warning = board.warnings.find((item) => item.rule === rule);
    if (cell?.status !== 'atRisk' || !warning) continue;
    reminders.push({
      kind,
      date: warning.deadline,
      daysLeft: daysBetween(today, warning.deadline),
      requestId: null,
      title: '',
      unitName: row.unitName,
      count: 1,
      rule: null,
    });
  }
  return reminders;
}

function accountReminders(db: DatabaseSync, context: CallContext): Reminder[] {
  const view = registersView(db, requireActor(context), context.now);
  return view.accounts
    .filter((account) => account.closedOn === null && account.filedOn === null)
    .filter((account) => daysBetween(view.today, account.deadline) <= deadlineLookAheadDays)
    .map((account) => ({
      kind: 'accountFiling',
      date: account.deadline,
      daysLeft: daysBetween(view.today, account.deadline),
      requestId: null,
      title: account.accountName,
      unitName: account.unitName,
      count: 1,
      rule: null,
    }));
}

/** For the news office and the competent authority: each rule at risk, with how many units. */
function countyReminders(db: DatabaseSync, context: CallContext): Reminder[] {
  const today = shanghaiDate(context.now);
  const board = evaluateBoard(
    loadComplianceInput(db, Number(today.slice(0, 4)), context.now).input,
  );
  return board.warnings.map((warning) => ({
    kind: 'unitsAtRisk',
    date: warning.deadline,
    daysLeft: daysBetween(today, warning.deadline),
    requestId: null,
    title: '',
    unitName: '',
    count: warning.units.length,
    rule: warning.rule,
  }));
}

/**
 * The user's reminders for the home page, soonest first: events in the coming week, request and
 * materials due dates (materials 3 working days ahead by default), register deadlines, and the
 * rules at risk (their own unit's, or the county's for those who watch the board).
 */
export function remindersFor(db: DatabaseSync, context: CallContext): Reminder[] {
  const actor = requireActor(context);
  const scope = ownUnits(actor);
  const reminders: Reminder[] = [];
  if (hasPermission(actor.roles, 'schedule.view')) {
    if (scope === null || scope.length > 0) reminders.push(...eventReminders(db, context, scope));
    if (actor.unitId && scope !== null) reminders.push(...unitReminders(db, context, actor.unitId));
    if (hasPermission(actor.roles, 'registers.edit'))
      reminders.push(...accountReminders(db, context));
  }
  if (hasPermission(actor.roles, 'compliance.view'))
    reminders.push(...countyReminders(db, context));
  return reminders
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
    .slice(0, maxReminders);
}
