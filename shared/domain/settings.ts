import { defaultComplianceSettings, type ComplianceSettings } from './schedulingSettings.ts';
import { defaultChecklist, type ChecklistItemTemplate } from './materialClearance.ts';

/** Settings an administrator edits; counties differ, so the rules read their numbers from here. */
export interface Settings {
  readonly idleLockMinutes: number;
  /** Working days before the event that the request is due (原则上提前3个工作日). */
  readonly requestLeadWorkingDays: number;
  /** Working days before the event that the 发布辞 and 答问口径 are due. */
  readonly materialsLeadWorkingDays: number;
  /** Whether the unit head signs a request off before it goes to the news office. */
  readonly unitHeadReview: boolean;
  /** The quarterly and yearly rules on releases (scheduling and compliance). */
  readonly compliance: ComplianceSettings;
  /** The clearance checklist every briefing material goes through (edited under 审查清单). */
  readonly clearanceChecklist: readonly ChecklistItemTemplate[];
}

export const defaultSettings: Settings = {
  idleLockMinutes: 15,
  requestLeadWorkingDays: 3,
  materialsLeadWorkingDays: 3,
  unitHeadReview: true,
  compliance: defaultComplianceSettings,
  clearanceChecklist: defaultChecklist,
};

export const idleLockBounds = { min: 1, max: 240 } as const;
export const leadDaysBounds = { min: 0, max: 30 } as const;
