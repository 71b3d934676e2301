import type {
  BoardRow,
  CellNote,
  ComplianceCell,
  ComplianceRule,
  QuarterRule,
  YearRule,
} from '../domain/schedulingCompliance.ts';
import type { ComplianceSettings } from '../domain/schedulingSettings.ts';
import type { UnitKind } from '../domain/units.ts';
import {
  attendanceOf,
  attended,
  isCounted,
  isNewsOfficeConference,
  isOnlineInterview,
  isPressConference,
  type ComplianceEvent,
  type UnitPeople,
} from './complianceCounting.ts';
import {
  countedCell,
  filingCell,
  newMediaCell,
  type AccountFacts,
  type Clock,
  type FilingFacts,
} from './complianceStatus.ts';
import {
  dateOfInstant,
  inPeriod,
  quarterPeriod,
  quarters,
  yearPeriod,
  type Period,
} from './schedulePeriods.ts';
import type { WorkCalendar } from './workingDays.ts';

export interface BoardUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  /** 与宏观经济和民生关系密切以及社会关注事项较多的县政府部门 (point 2). */
  readonly designated: boolean;
  readonly principalHeadName: string;
  readonly createdOn: string;
  readonly retiredOn: string | null;
}

export interface UnitEntry {
  readonly unitId: string;
  readonly name: string;
}

export interface ComplianceInput {
  readonly year: number;
  readonly today: string;
  /** Counted events starting after this instant are shown as upcoming. */
  readonly now: Date;
  readonly calendar: WorkCalendar;
  readonly settings: ComplianceSettings;
  readonly requestLeadWorkingDays: number;
  readonly units: readonly BoardUnit[];
  /** The year's events, in any state; only counted ones are used. */
  readonly events: readonly ComplianceEvent[];
  readonly spokespersons: readonly (FilingFacts & UnitEntry)[];
  readonly experts: readonly (FilingFacts & UnitEntry)[];
  readonly accounts: readonly (AccountFacts & UnitEntry)[];
}

interface DatedEvent {
  readonly event: ComplianceEvent;
  readonly date: string;
  readonly upcoming: boolean;
}

/** The counted events, sorted once for every unit's cells. */
export interface EventIndex {
  readonly pressConferences: ReadonlyMap<string, readonly DatedEvent[]>;
  readonly onlineInterviews: ReadonlyMap<string, readonly DatedEvent[]>;
  readonly newsOfficeConferences: readonly DatedEvent[];
  readonly allOnlineInterviews: readonly DatedEvent[];
}

export function indexEvents(input: ComplianceInput): EventIndex {
  const pressConferences = new Map<string, DatedEvent[]>();
  const onlineInterviews = new Map<string, DatedEvent[]>();
  const newsOfficeConferences: DatedEvent[] = [];
  const allOnlineInterviews: DatedEvent[] = [];
  const add = (map: Map<string, DatedEvent[]>, dated: DatedEvent) => {
    const list = map.get(dated.event.unitId);
    if (list) list.push(dated);
    else map.set(dated.event.unitId, [dated]);
  };
  for (const event of input.events) {
    if (!isCounted(event) || event.startsAt === null) continue;
    const dated = {
      event,
      date: dateOfInstant(event.startsAt),
      upcoming: new Date(event.startsAt).getTime() > input.now.getTime(),
    };
    if (isPressConference(event)) add(pressConferences, dated);
    if (isNewsOfficeConference(event)) newsOfficeConferences.push(dated);
    if (isOnlineInterview(event)) {
      add(onlineInterviews, dated);
      allOnlineInterviews.push(dated);
    }
  }
  return { pressConferences, onlineInterviews, newsOfficeConferences, allOnlineInterviews };
}

const countIn = (events: readonly DatedEvent[] | undefined, period: Period) => {
  const inside = (events ?? []).filter((dated) => inPeriod(dated.date, period));
  return { count: inside.length, upcoming: inside.filter((dated) => dated.upcoming).length };
};

const activeIn = (unit: BoardUnit, period: Period): boolean =>
  unit.createdOn <= period.last && (unit.retiredOn === null || unit.retiredOn >= period.first);

const notApplicable: ComplianceCell = {
  status: 'notApplicable',
  count: 0,
  required: 0,
  upcoming: 0,
  note: null,
};

export interface UnitContext {
  readonly input: ComplianceInput;
  readonly index: EventIndex;
  readonly required: Readonly<Record<ComplianceRule, number>>;
  readonly deadlineOf: (rule: YearRule) => string;
}

/** One unit's row: the quarterly cells, then the yearly ones, for the rules that bind it. */
export function evaluateUnit(unit: BoardUnit, context: UnitContext): BoardRow {
  const { input, index, required } = context;
  const { settings } = input;
  const kinds = settings.ruleUnitKinds;
  const clock: Clock = {
    today: input.today,
    calendar: input.calendar,
    earlyWarningWorkingDays: settings.earlyWarningWorkingDays,
  };
  const people: UnitPeople = {
    unitName: unit.unitName,
    principalHeadName: unit.principalHeadName,
    spokespersonNames: input.spokespersons
      .filter((entry) => entry.unitId === unit.unitId)
      .filter((entry) => entry.removedOn === null || entry.removedOn >= `${input.year}-01-01`)
      .map((entry) => entry.name),
  };
  const appearances = index.newsOfficeConferences.filter((dated) =>
    attended(attendanceOf(dated.event, people)),
  );
  const headAt = (events: readonly DatedEvent[]) =>
    events.filter((dated) => attendanceOf(dated.event, people).principalHead);
  const noHead: CellNote = unit.principalHeadName.trim() === '' ? 'noPrincipalHead' : null;
  const on = (rule: ComplianceRule, applies: boolean) => applies && required[rule] > 0;

  const quarterCells = quarters.map((quarter) => {
    const period = quarterPeriod(input.year, quarter);
    const cells: Partial<Record<QuarterRule, ComplianceCell>> = {};
    const counted = (events: readonly DatedEvent[] | undefined, rule: QuarterRule) =>
      activeIn(unit, period)
        ? countedCell(countIn(events, period), required[rule], period, clock)
        : notApplicable;
    if (on('pressConference', kinds.pressConferences.includes(unit.unitKind)))
      cells.pressConference = counted(index.pressConferences.get(unit.unitId), 'pressConference');
    if (on('newsOfficeAppearance', unit.designated))
      cells.newsOfficeAppearance = counted(appearances, 'newsOfficeAppearance');
    return cells;
  });

  const year = yearPeriod(input.year);
  const yearCells: Partial<Record<YearRule, ComplianceCell>> = {};
  if (activeIn(unit, year)) {
    const counted = (events: readonly DatedEvent[] | undefined, rule: YearRule, note = noHead) =>
      countedCell(countIn(events, year), required[rule], year, clock, note);
    const entriesOf = <T extends UnitEntry>(entries: readonly T[]) =>
      entries.filter((entry) => entry.unitId === unit.unitId);
    if (on('principalHeadAppearance', unit.designated))
      yearCells.principalHeadAppearance = counted(headAt(appearances), 'principalHeadAppearance');
    if (on('onlineInterviews', kinds.onlineInterviews.includes(unit.unitKind)))
      yearCells.onlineInterviews = counted(
        index.onlineInterviews.get(unit.unitId),
        'onlineInterviews',
        null,
      );
    if (on('principalHeadInterview', kinds.principalHeadInterviews.includes(unit.unitKind)))
      yearCells.principalHeadInterview = counted(
        headAt(index.allOnlineInterviews),
        'principalHeadInterview',
      );
    if (kinds.filings.includes(unit.unitKind)) {
      yearCells.spokespersonFiling = filingCell(
        entriesOf(input.spokespersons),
        context.deadlineOf('spokespersonFiling'),
        year,
        clock,
      );
      yearCells.expertPoolFiling = filingCell(
        entriesOf(input.experts),
        context.deadlineOf('expertPoolFiling'),
        year,
        clock,
      );
    }
    const accounts = newMediaCell(
      entriesOf(input.accounts),
      settings.newMediaFilingDays,
      year,
      clock,
    );
    if (accounts.status !== 'notApplicable') yearCells.newMediaFiling = accounts;
  }
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    unitKind: unit.unitKind,
    designated: unit.designated,
    quarters: quarterCells,
    year: yearCells,
  };
}
