import type { UnitKind } from './units.ts';

/**
 * The numbers of the county's rules on releases (DOMAIN.md section 3; policy points 1, 2, 5, 7,
 * 10). Counties differ, so each is a setting; the defaults follow the policy text.
 */
export interface ComplianceSettings {
  /** 本部门原则上每季度至少举办一次新闻发布会 (point 2). */
  readonly pressConferencesPerQuarter: number;
  /** Designated departments: spokesperson or a responsible official at a news-office conference. */
  readonly newsOfficeAppearancesPerQuarter: number;
  /** Designated departments: the principal head at a news-office conference. */
  readonly principalHeadAppearancesPerYear: number;
  /** 政府部门每年至少开展两次政府网站在线访谈 (point 5). */
  readonly onlineInterviewsPerYear: number;
  /** 各级政府主要负责同志原则上每年参加一次政府网站在线访谈 (point 5). */
  readonly principalHeadInterviewsPerYear: number;
  /** Month and day (MM-DD) by which spokespersons are filed with the news office (point 1). */
  readonly spokespersonFilingDeadline: string;
  /** Month and day (MM-DD) by which the expert pool is filed with the news office (point 10). */
  readonly expertPoolFilingDeadline: string;
  /** Days after a 政务微博/微信 account opens by which it is filed with the information centre (point 7). */
  readonly newMediaFilingDays: number;
  /** A rule not yet met turns "at risk" when this many working days or fewer are left. */
  readonly earlyWarningWorkingDays: number;
  /** Which kinds of unit each rule applies to; the designated-department rules follow a unit flag. */
  readonly ruleUnitKinds: RuleUnitKinds;
}

export interface RuleUnitKinds {
  readonly pressConferences: readonly UnitKind[];
  readonly onlineInterviews: readonly UnitKind[];
  readonly principalHeadInterviews: readonly UnitKind[];
  readonly filings: readonly UnitKind[];
}

export const defaultComplianceSettings: ComplianceSettings = {
  pressConferencesPerQuarter: 1,
  newsOfficeAppearancesPerQuarter: 1,
  principalHeadAppearancesPerYear: 1,
  onlineInterviewsPerYear: 2,
  principalHeadInterviewsPerYear: 1,
  spokespersonFilingDeadline: '12-31',
  expertPoolFilingDeadline: '12-31',
  newMediaFilingDays: 30,
  earlyWarningWorkingDays: 10,
  ruleUnitKinds: {
    // The same units the home page counts as holding (or lacking) a conference each quarter.
    pressConferences: ['department', 'township', 'parkCommittee'],
    onlineInterviews: ['department'],
    // 各级政府: the township governments and the county government (its office).
    principalHeadInterviews: ['township', 'countyOffice'],
    filings: ['department', 'township', 'parkCommittee'],
  },
};

export const ruleCountBounds = { min: 0, max: 20 } as const;
export const newMediaFilingDaysBounds = { min: 1, max: 365 } as const;
export const earlyWarningBounds = { min: 0, max: 60 } as const;

/** A stored value merged over the defaults, so a setting added later has its default. */
export const complianceSettingsOf = (
  stored: Partial<ComplianceSettings> | undefined,
): ComplianceSettings => ({
  ...defaultComplianceSettings,
  ...stored,
  ruleUnitKinds: { ...defaultComplianceSettings.ruleUnitKinds, ...stored?.ruleUnitKinds },
});
