import type {
  BoardRow,
  CellStatus,
  ComplianceBoard,
  ComplianceCell,
  ComplianceRule,
  EarlyWarning,
  QuarterRule,
  StatusTally,
  YearRule,
} from '../domain/schedulingCompliance.ts';
import { cellStatuses, quarterRules, yearRules } from '../domain/schedulingCompliance.ts';
import { evaluateUnit, indexEvents, type ComplianceInput } from './complianceUnit.ts';
import {
  daysLeft,
  deadlineIn,
  lastWorkingDay,
  periodOf,
  quarterOfDate,
  quarterPeriod,
  quarters,
  workingDaysLeft,
  yearPeriod,
} from './schedulePeriods.ts';
import { latestDateAhead } from './workingDays.ts';

export type { ComplianceInput } from './complianceUnit.ts';

/** How many each rule requires under these settings; 0 turns a counted rule off. */
export function requiredCounts(
  settings: ComplianceInput['settings'],
): Record<ComplianceRule, number> {
  return {
    pressConference: settings.pressConferencesPerQuarter,
    newsOfficeAppearance: settings.newsOfficeAppearancesPerQuarter,
    principalHeadAppearance: settings.principalHeadAppearancesPerYear,
    onlineInterviews: settings.onlineInterviewsPerYear,
    principalHeadInterview: settings.principalHeadInterviewsPerYear,
    spokespersonFiling: 1,
    expertPoolFiling: 1,
    newMediaFiling: 1,
  };
}

const emptyTally = (): Record<CellStatus, number> =>
  Object.fromEntries(cellStatuses.map((status) => [status, 0])) as Record<CellStatus, number>;

function tally(cells: readonly (ComplianceCell | undefined)[]): StatusTally {
  const counts = emptyTally();
  for (const cell of cells) if (cell) counts[cell.status] += 1;
  return counts;
}

/** The deadline a yearly rule is judged by: a filing date, or the year's last day. */
function yearRuleDeadline(rule: YearRule, input: ComplianceInput): string {
  const { settings, year } = input;
  if (rule === 'spokespersonFiling') return deadlineIn(year, settings.spokespersonFilingDeadline);
  if (rule === 'expertPoolFiling') return deadlineIn(year, settings.expertPoolFilingDeadline);
  return yearPeriod(year).last;
}

const holdsEvents = (rule: ComplianceRule): boolean =>
  rule !== 'spokespersonFiling' && rule !== 'expertPoolFiling' && rule !== 'newMediaFiling';

function warningFor(
  rule: ComplianceRule,
  quarter: number | null,
  deadline: string,
  units: BoardRow[],
  input: ComplianceInput,
): EarlyWarning {
  const period = { ...periodOf(input.year, quarter), last: deadline };
  return {
    rule,
    year: input.year,
    quarter,
    deadline,
    daysLeft: daysLeft(period, input.today),
    workingDaysLeft: workingDaysLeft(period, input.today, input.calendar),
    submitBy: holdsEvents(rule)
      ? latestDateAhead(
          lastWorkingDay(period, input.calendar),
          input.requestLeadWorkingDays,
          input.calendar,
        )
      : null,
    units: units.map(({ unitId, unitName }) => ({ unitId, unitName })),
  };
}

/** The current period's rules at risk, one warning per rule with the units concerned. */
function earlyWarnings(rows: readonly BoardRow[], input: ComplianceInput): EarlyWarning[] {
  const { today, year } = input;
  if (Number(today.slice(0, 4)) !== year) return [];
  const quarter = quarterOfDate(today);
  const warnings: EarlyWarning[] = [];
  for (const rule of quarterRules) {
    const units = rows.filter((row) => row.quarters[quarter - 1]?.[rule]?.status === 'atRisk');
    if (units.length > 0)
      warnings.push(warningFor(rule, quarter, quarterPeriod(year, quarter).last, units, input));
  }
  for (const rule of yearRules) {
    const units = rows.filter((row) => row.year[rule]?.status === 'atRisk');
    if (units.length > 0)
      warnings.push(warningFor(rule, null, yearRuleDeadline(rule, input), units, input));
  }
  return warnings.sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** The board of a year: every unit bound by a rule, its cells, the warnings and the tallies. */
export function evaluateBoard(input: ComplianceInput): ComplianceBoard {
  const required = requiredCounts(input.settings);
  const context = {
    input,
    index: indexEvents(input),
    required,
    deadlineOf: (rule: YearRule) => yearRuleDeadline(rule, input),
  };
  const rows = input.units
    .map((unit) => evaluateUnit(unit, context))
    .filter(
      (row) =>
        Object.keys(row.year).length > 0 ||
        row.quarters.some((cells) => Object.keys(cells).length > 0),
    );
  const quarterTallies = Object.fromEntries(
    quarterRules.map((rule) => [
      rule,
      quarters.map((quarter) => tally(rows.map((row) => row.quarters[quarter - 1]?.[rule]))),
    ]),
  ) as Record<QuarterRule, StatusTally[]>;
  const yearTallies = Object.fromEntries(
    yearRules.map((rule) => [rule, tally(rows.map((row) => row.year[rule]))]),
  ) as Record<YearRule, StatusTally>;
  return {
    year: input.year,
    today: input.today,
    required,
    rows,
    warnings: earlyWarnings(rows, input),
    quarterTallies,
    yearTallies,
  };
}
