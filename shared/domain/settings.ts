import { defaultComplianceSettings, type ComplianceSettings } from './schedulingSettings.ts';
import { defaultChecklist, type ChecklistItemTemplate } from './materialClearance.ts';
import { defaultDocumentIssuing, type DocumentIssuingSettings } from './documentNumbers.ts';

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
  /** 机关代字, 发文机关标志 and 印发机关 of the papers the office issues (通报, 审批函). */
  readonly documentIssuing: DocumentIssuingSettings;
  /**
   * The office's wording of the mark printed top left on the first page of the 答问口径, as
   * GB/T 9704 places a 密级 (内部资料 by default); empty: no mark.
   */
  readonly confidentialityMark: string;
}

export const defaultSettings: Settings = {
  idleLockMinutes: 15,
  requestLeadWorkingDays: 3,
  materialsLeadWorkingDays: 3,
  unitHeadReview: true,
  compliance: defaultComplianceSettings,
  clearanceChecklist: defaultChecklist,
  documentIssuing: defaultDocumentIssuing,
  confidentialityMark: '内部资料',
};

export const confidentialityMarkMaxLength = 20;
export const idleLockBounds = { min: 1, max: 240 } as const;
export const leadDaysBounds = { min: 0, max: 30 } as const;
