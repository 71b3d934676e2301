import type { CellNote, CellStatus, ComplianceCell } from '../domain/schedulingCompliance.ts';
import { quarterOfDate, quarterPeriod, workingDaysLeft, type Period } from './schedulePeriods.ts';
import { accountFilingDeadline } from './scheduleRegisters.ts';
import { workingDaysAhead, type WorkCalendar } from './workingDays.ts';

export interface Clock {
  readonly today: string;
  readonly calendar: WorkCalendar;
  readonly earlyWarningWorkingDays: number;
}

/**
 * Whether a rule not yet met is at risk on `today`. A quarter is at risk in its last working days;
 * a yearly rule or a deadline also from the start of the quarter its deadline falls in, since a
 * year's online interviews cannot all be arranged in its last two weeks.
 */
export function isAtRisk(period: Period, deadline: string, clock: Clock): boolean {
  const left = workingDaysLeft({ ...period, last: deadline }, clock.today, clock.calendar);
  if (left <= clock.earlyWarningWorkingDays) return true;
  if (period.quarter !== null) return false;
  const deadlineQuarter = quarterPeriod(Number(deadline.slice(0, 4)), quarterOfDate(deadline));
  return clock.today >= deadlineQuarter.first;
}

const cell = (
  status: CellStatus,
  count: number,
  required: number,
  upcoming = 0,
  note: CellNote = null,
): ComplianceCell => ({ status, count, required, upcoming, note });

/** A counted rule: enough events in the period, or how it stands without them. */
export function countedCell(
  counts: { readonly count: number; readonly upcoming: number },
  required: number,
  period: Period,
  clock: Clock,
  note: CellNote = null,
): ComplianceCell {
  const { count, upcoming } = counts;
  if (count >= required) return cell('met', count, required, upcoming);
  if (clock.today > period.last) return cell('missed', count, required, upcoming, note);
  if (clock.today < period.first) return cell('notStarted', count, required, upcoming, note);
  const status = isAtRisk(period, period.last, clock) ? 'atRisk' : 'open';
  return cell(status, count, required, upcoming, note);
}

/** A register entry that is filed by a deadline: a spokesperson or an expert. */
export interface FilingFacts {
  readonly filedOn: string | null;
  readonly removedOn: string | null;
}

/**
 * Filed by the deadline of the year: at least one entry in office on the deadline that was filed
 * on or before it. An entry filed in an earlier year still counts.
 */
export function filingCell(
  entries: readonly FilingFacts[],
  deadline: string,
  period: Period,
  clock: Clock,
): ComplianceCell {
  const inOffice = entries.filter(
    (entry) => entry.removedOn === null || entry.removedOn > deadline,
  );
  const onTime = inOffice.filter((entry) => entry.filedOn !== null && entry.filedOn <= deadline);
  if (onTime.length > 0) return cell('met', onTime.length, 1);
  const filedLate = inOffice.some(
    (entry) => entry.filedOn !== null && entry.filedOn <= clock.today,
  );
  const note: CellNote = inOffice.length === 0 ? 'noEntries' : filedLate ? 'filedLate' : 'notFiled';
  if (clock.today > deadline) return cell('missed', 0, 1, 0, note);
  if (clock.today < period.first) return cell('notStarted', 0, 1, 0, note);
  return cell(isAtRisk(period, deadline, clock) ? 'atRisk' : 'open', 0, 1, 0, note);
}

export interface AccountFacts {
  readonly openedOn: string;
  readonly filedOn: string | null;
  readonly closedOn: string | null;
}

type AccountStanding = 'ok' | 'late' | 'overdue' | 'atRisk' | 'open';

function accountStanding(
  account: AccountFacts,
  filingDays: number,
  period: Period,
  clock: Clock,
): AccountStanding {
  const deadline = accountFilingDeadline(account.openedOn, filingDays);
  const { filedOn } = account;
  if (filedOn !== null && (filedOn <= deadline || filedOn < period.first)) return 'ok';
  // Due only after this year: the year it falls due judges it.
  if (deadline > period.last) return clock.today > period.last ? 'ok' : 'open';
  if (filedOn !== null && filedOn <= clock.today) return 'late';
  if (deadline < clock.today) return 'overdue';
  const left = workingDaysAhead(clock.today, deadline, clock.calendar);
  return left <= clock.earlyWarningWorkingDays ? 'atRisk' : 'open';
}

/**
 * 政务微博、微信 filed with the information centre (point 7) within `filingDays` of opening. The
 * year judges the accounts open in it: one filed late in the year, or still unfiled past its
 * deadline, misses the rule; none open makes it not apply.
 */
export function newMediaCell(
  accounts: readonly AccountFacts[],
  filingDays: number,
  period: Period,
  clock: Clock,
): ComplianceCell {
  const open = accounts.filter(
    (account) =>
      account.openedOn <= period.last &&
      account.openedOn <= clock.today &&
      (account.closedOn === null || account.closedOn >= period.first),
  );
  if (open.length === 0) return cell('notApplicable', 0, 0);
  const standings = open.map((account) => accountStanding(account, filingDays, period, clock));
  const ok = standings.filter((standing) => standing === 'ok').length;
  const required = open.length;
  if (standings.includes('late')) return cell('missed', ok, required, 0, 'filedLate');
  if (standings.includes('overdue')) return cell('missed', ok, required, 0, 'notFiled');
  if (standings.includes('atRisk')) return cell('atRisk', ok, required, 0, 'notFiled');
  if (standings.includes('open')) return cell('open', ok, required, 0, 'notFiled');
  return cell('met', ok, required);
}
