/** Units, events and boards for the compliance rules' tests. */
import type { ComplianceCell } from '../../domain/schedulingCompliance.ts';
import {
  defaultComplianceSettings,
  type ComplianceSettings,
} from '../../domain/schedulingSettings.ts';
import type { EventForm, RequestState } from '../../domain/requests.ts';
import type { UnitKind } from '../../domain/units.ts';
import { evaluateBoard, type ComplianceInput } from '../complianceBoard.ts';
import type { ComplianceEvent } from '../complianceCounting.ts';
import type { BoardUnit } from '../complianceUnit.ts';
import { workCalendarOf, type CalendarDay } from '../workingDays.ts';

// A test calendar: 中秋节 on Friday 25 September; 国庆节 1 to 7 October, Saturday 10 October worked.
export const holidays: CalendarDay[] = [
  { date: '2026-09-25', kind: 'holiday', name: '中秋节' },
  ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({
    date: `2026-10-${day}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { date: '2026-10-10', kind: 'workday', name: '国庆调休' },
];

export const unit = (
  id: string,
  kind: UnitKind = 'department',
  extra: Partial<BoardUnit> = {},
) => ({
  unitId: id,
  unitName: `县${id}局`,
  unitKind: kind,
  designated: false,
  principalHeadName: '',
  createdOn: '2020-01-01',
  retiredOn: null,
  ...extra,
});

let serial = 0;
export function event(
  unitId: string,
  startsAt: string,
  options: {
    form?: EventForm;
    state?: RequestState;
    isEmergency?: boolean;
    unitKind?: UnitKind;
    people?: { name: string; title: string }[];
  } = {},
): ComplianceEvent {
  serial += 1;
  return {
    id: `e${serial}`,
    unitId,
    unitKind: options.unitKind ?? 'department',
    form: options.form ?? 'pressConference',
    state: options.state ?? 'approved',
    startsAt,
    isEmergency: options.isEmergency ?? false,
    people: options.people ?? [],
  };
}

export const newsOffice = (
  startsAt: string,
  people: { name: string; title: string }[],
  state?: RequestState,
) => event('news', startsAt, { unitKind: 'newsOffice', people, ...(state ? { state } : {}) });

export function board(
  today: string,
  parts: Partial<Omit<ComplianceInput, 'today' | 'now' | 'settings'>> & {
    settings?: Partial<ComplianceSettings>;
  },
) {
  return evaluateBoard({
    year: Number(today.slice(0, 4)),
    calendar: workCalendarOf(holidays),
    requestLeadWorkingDays: 3,
    units: [unit('edu')],
    events: [],
    spokespersons: [],
    experts: [],
    accounts: [],
    ...parts,
    today,
    now: new Date(`${today}T12:00:00+08:00`),
    settings: { ...defaultComplianceSettings, ...parts.settings },
  });
}

export const statusOf = (cell: ComplianceCell | undefined) => cell?.status ?? 'none';
export const quarterStatuses = (
  result: ReturnType<typeof board>,
  rule: 'pressConference' | 'newsOfficeAppearance',
  id = 'edu',
) => result.rows.find((row) => row.unitId === id)?.quarters.map((cells) => statusOf(cells[rule]));

export function boardInput(
  today: string,
  units: BoardUnit[],
  events: ComplianceEvent[],
  spokespersons: ComplianceInput['spokespersons'] = [],
): ComplianceInput {
  return {
    year: Number(today.slice(0, 4)),
    today,
    now: new Date(`${today}T12:00:00+08:00`),
    calendar: workCalendarOf(holidays),
    settings: defaultComplianceSettings,
    requestLeadWorkingDays: 3,
    units,
    events,
    spokespersons,
    experts: [],
    accounts: [],
  };
}
