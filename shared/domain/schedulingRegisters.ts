import type { UnitKind } from './units.ts';

/**
 * filed: on or before its deadline; filedLate: after it; pending: not yet, the deadline ahead;
 * overdue: not filed and the deadline passed.
 */
export const filingStandings = ['filed', 'filedLate', 'pending', 'overdue'] as const;
export type FilingStanding = (typeof filingStandings)[number];

interface RegisterEntry {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly filedOn: string | null;
  readonly note: string;
  /** When it is due for filing, and how it stands. */
  readonly deadline: string;
  readonly standing: FilingStanding;
}

/** 新闻发言人 (point 1): filed with the county news office. */
export interface SpokespersonEntry extends RegisterEntry {
  readonly name: string;
  readonly title: string;
  readonly phone: string;
  readonly appointedOn: string;
  readonly removedOn: string | null;
}

/** 政策解读专家库 (point 10): filed with the county news office. */
export interface ExpertEntry extends RegisterEntry {
  readonly name: string;
  readonly field: string;
  readonly organisation: string;
  readonly title: string;
  readonly phone: string;
  readonly addedOn: string;
  readonly removedOn: string | null;
}

export const accountPlatforms = ['weibo', 'wechat', 'other'] as const;
export type AccountPlatform = (typeof accountPlatforms)[number];

/** 政务微博、微信 (point 7): filed with the county information centre. */
export interface NewMediaAccount extends RegisterEntry {
  readonly platform: AccountPlatform;
  readonly accountName: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

/** What the rules need to know of a unit beyond its kind. */
export interface UnitProfile {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitKind: UnitKind;
  readonly designated: boolean;
  readonly principalHeadName: string;
  readonly principalHeadTitle: string;
}

export interface RegistersView {
  readonly today: string;
  readonly spokespersons: readonly SpokespersonEntry[];
  readonly experts: readonly ExpertEntry[];
  readonly accounts: readonly NewMediaAccount[];
  readonly profiles: readonly UnitProfile[];
  /** Units whose entries the viewer may edit. */
  readonly editableUnitIds: readonly string[];
  /** Whether the viewer records filings with the news office and edits unit profiles. */
  readonly newsOffice: boolean;
}
