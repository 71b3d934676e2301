import type { LocatedWordingHit } from './materialWording.ts';
import type { Role } from './roles.ts';

/** Role names for messages from main (the UI has its own translated labels). */
export { roleNames } from '../text/chineseNames.ts';

/**
 * One item of the clearance checklist (DOMAIN.md section 2), as the administrator sets it:
 * required or recommended, which roles may sign it, and when it applies.
 */
export interface ChecklistItemTemplate {
  readonly id: string;
  readonly label: string;
  readonly guidance: string;
  readonly required: boolean;
  readonly roles: readonly Role[];
  /** `otherAgencies`: only when the request names other administrative agencies (会签). */
  readonly appliesWhen: 'always' | 'otherAgencies';
}

export const defaultChecklist: readonly ChecklistItemTemplate[] = [
  {
    id: 'confidentiality',
    label: '保密审查',
    guidance: '依法依规做好政府信息发布的保密审查工作。',
    required: true,
    roles: ['clearanceReviewer'],
    appliesWhen: 'always',
  },
  {
    id: 'otherAgencies',
    label: '涉及其他行政机关的，主动沟通确认',
    guidance: '写明沟通的机关、确认人和时间，并附确认材料。',
    required: true,
    roles: ['spokesperson', 'unitHead'],
    appliesWhen: 'otherAgencies',
  },
  {
    id: 'accuracy',
    label: '准确、一致',
    guidance: '数字、日期、名称和职务在各材料之间及与此前发布一致。',
    required: true,
    roles: ['spokesperson', 'unitHead'],
    appliesWhen: 'always',
  },
  {
    id: 'wording',
    label: '错敏词检查',
    guidance: '按管理员维护的错敏词表检查；含禁用词的材料不能签署。',
    required: true,
    roles: ['spokesperson', 'clearanceReviewer'],
    appliesWhen: 'always',
  },
  {
    id: 'leaderApproval',
    label: '领导审定',
    guidance: '单位负责人审定材料。',
    required: true,
    roles: ['unitHead'],
    appliesWhen: 'always',
  },
  {
    id: 'legalReview',
    label: '法律审核',
    guidance: '涉及法律法规解释的，由法律顾问或法制机构审核。',
    required: false,
    roles: ['clearanceReviewer'],
    appliesWhen: 'always',
  },
];

export interface EvidenceFile {
  readonly sha256: string;
  readonly fileName: string;
  readonly size: number;
}

/** A sign-off of one checklist item, bound to the version of the material it cleared. */
export interface SignOff {
  readonly id: string;
  readonly itemId: string;
  readonly itemLabel: string;
  readonly versionNumber: number;
  readonly contentHash: string;
  readonly note: string;
  readonly evidence: readonly EvidenceFile[];
  readonly signedBy: string;
  readonly signedByName: string;
  readonly signedAt: string;
  readonly voidedAt: string | null;
  readonly voidedReason: string | null;
}

/** One checklist item as it stands for one material and one viewer. */
export interface ChecklistItemStatus {
  readonly item: ChecklistItemTemplate;
  readonly applies: boolean;
  /** The sign-off that holds for the material's current content, if any. */
  readonly current: SignOff | null;
  /** Earlier sign-offs, voided by later edits: shown so a void is visible. */
  readonly voided: readonly SignOff[];
  /** Why this viewer may not sign it now, or null when they may. */
  readonly refusal: string | null;
}

/** The clearance panel of one material: its checklist and the listed words it contains. */
export interface MaterialChecklist {
  readonly contentHash: string;
  readonly items: readonly ChecklistItemStatus[];
  readonly wordingHits: readonly LocatedWordingHit[];
}
