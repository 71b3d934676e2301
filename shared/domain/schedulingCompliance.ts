import type { EventForm, RequestState } from './requests.ts';
import type { UnitKind } from './units.ts';

/** The rules of DOMAIN.md section 3, each counted per unit in a quarter or a year. */
export const quarterRules = ['pressConference', 'newsOfficeAppearance'] as const;
export const yearRules = [
  'principalHeadAppearance',
  'onlineInterviews',
  'principalHeadInterview',
  'spokespersonFiling',
  'expertPoolFiling',
  'newMediaFiling',
] as const;
export const complianceRules = [...quarterRules, ...yearRules] as const;
export type QuarterRule = (typeof quarterRules)[number];
export type YearRule = (typeof yearRules)[number];
export type ComplianceRule = (typeof complianceRules)[number];

/**
 * met: enough counted (an approved event counts as soon as it is approved for a time in the
 * period); missed: the period or deadline is over without; atRisk: not yet, and little time is
 * left; open: not yet, with time left; notStarted: a later period; notApplicable: the rule does
 * not bind this unit then (its kind, its flag, or the unit did not exist).
 */
export const cellStatuses = [
  'met',
  'atRisk',
  'missed',
  'open',
  'notStarted',
  'notApplicable',
] as const;
export type CellStatus = (typeof cellStatuses)[number];

/** Why a cell stands as it does, where its count alone does not say. */
export type CellNote = 'noPrincipalHead' | 'noEntries' | 'notFiled' | 'filedLate' | null;

export interface ComplianceCell {
  readonly status: CellStatus;
  readonly count: number;
  readonly required: number;
  /** Counted events that have not taken place yet (approved, starting later in the period). */
  readonly upcoming: number;
  readonly note: CellNote;
}

export interface BoardRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly designated: boolean;
  /** Index 0 is the first quarter. */
  readonly quarters: readonly Partial<Record<QuarterRule, ComplianceCell>>[];
  readonly year: Partial<Record<YearRule, ComplianceCell>>;
}

export interface UnitRef {
  readonly unitId: string;
  readonly unitName: string;
}

/** "三季度还剩12天，5个单位尚无已批准的发布会": a rule at risk for some units in the current period. */
export interface EarlyWarning {
  readonly rule: ComplianceRule;
  readonly year: number;
  readonly quarter: number | null;
  /** The last day of the period, or the filing deadline. */
  readonly deadline: string;
  readonly daysLeft: number;
  readonly workingDaysLeft: number;
  /** The last day to submit a request for an event still inside the period (lead working days). */
  readonly submitBy: string | null;
  readonly units: readonly UnitRef[];
}

export type StatusTally = Readonly<Record<CellStatus, number>>;

export interface ComplianceBoard {
  readonly year: number;
  readonly today: string;
  /** The rules in force and how many each requires (0 turns a rule off). */
  readonly required: Readonly<Record<ComplianceRule, number>>;
  readonly rows: readonly BoardRow[];
  readonly warnings: readonly EarlyWarning[];
  /** How many units stand in each status, per quarterly rule and quarter, and per yearly rule. */
  readonly quarterTallies: Readonly<Record<QuarterRule, readonly StatusTally[]>>;
  readonly yearTallies: Readonly<Record<YearRule, StatusTally>>;
}

/** An event as the drill-down lists it. */
export interface CountedEvent {
  readonly requestId: string;
  readonly title: string;
  readonly unitName: string;
  readonly form: EventForm;
  readonly state: RequestState;
  readonly startsAt: string | null;
  readonly isEmergency: boolean;
}

export const exclusionReasons = [
  'cancelled',
  'postponed',
  'rescheduledAwaitingApproval',
  'pendingApproval',
  'rejected',
  'withdrawn',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/** A register entry behind a filing cell. */
export interface FilingRef {
  readonly name: string;
  readonly filedOn: string | null;
  readonly deadline: string;
}

/** What stands behind one cell of the board. */
export interface CellDetail {
  readonly unitId: string;
  readonly unitName: string;
  readonly rule: ComplianceRule;
  readonly year: number;
  readonly quarter: number | null;
  readonly cell: ComplianceCell | null;
  readonly counted: readonly CountedEvent[];
  readonly notCounted: readonly (CountedEvent & { readonly reason: ExclusionReason })[];
  readonly filings: readonly FilingRef[];
}
