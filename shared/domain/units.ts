/** Kinds of organisation unit named in the county's rules (DOMAIN.md, "Organisation units"). */
export const unitKinds = [
  'township',
  'parkCommittee',
  'department',
  'countyOffice',
  'newsOffice',
  'infoCenter',
  'opinionMonitor',
] as const;

export type UnitKind = (typeof unitKinds)[number];

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly retiredAt: string | null;
}
