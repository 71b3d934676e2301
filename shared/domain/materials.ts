import type { ValidationProblem } from '../rules/requestValidation.ts';
import type { RequestState } from './requests.ts';

/** The briefing materials of one event (DOMAIN.md section 2), each at most once per event. */
export const materialKinds = [
  'opening',
  'pressRelease',
  'qa',
  'hostScript',
  'background',
  'policyInterpretation',
] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** The names offices use, for messages from main (the UI has its own translated labels). */
export const materialNames: Readonly<Record<MaterialKind, string>> = {
  opening: '发布辞',
  pressRelease: '新闻通稿',
  qa: '答问口径',
  hostScript: '主持词',
  background: '背景材料',
  policyInterpretation: '政策解读',
};

/** Why a version was taken. Submission and approval always take one; the others on demand. */
export const versionReasons = [
  'manual',
  'submit',
  'clearance',
  'approval',
  'restore',
  'received',
] as const;
export type VersionReason = (typeof versionReasons)[number];

export interface MaterialVersionSummary {
  readonly id: string;
  readonly number: number;
  readonly reason: VersionReason;
  readonly note: string;
  readonly contentHash: string;
  readonly charCount: number;
  readonly createdByName: string;
  readonly createdAt: string;
}

/** Who holds the editing lease of a material (one window edits; others see it read-only). */
export interface MaterialLockView {
  readonly mine: boolean;
  readonly holderName: string | null;
  readonly since: string | null;
}

/** A 口径库 answer used in the 答问口径, with whether it has expired or been retired since. */
export interface LibraryAnswerUse {
  readonly answerId: string;
  readonly question: string;
  readonly validUntil: string | null;
  readonly status: 'draft' | 'active' | 'retired' | 'missing';
  readonly expired: boolean;
}

export interface MaterialSummary {
  readonly id: string;
  readonly kind: MaterialKind;
  readonly revision: number;
  readonly charCount: number;
  readonly contentHash: string;
  readonly updatedAt: string;
  readonly updatedByName: string;
  /** Required checklist items applicable to this material, and how many hold for its content. */
  readonly requiredItems: number;
  readonly requiredCleared: number;
}

/** One material opened in the editor. `document` is the saved JSON (MaterialDocument) as text. */
export interface MaterialDetail extends MaterialSummary {
  readonly requestId: string;
  readonly document: string;
  readonly createdByName: string;
  /** Whether this user may edit it now (the request's edit rule, and this window holds the lease). */
  readonly editable: boolean;
  readonly lock: MaterialLockView;
  readonly requestState: RequestState;
  readonly libraryUses: readonly LibraryAnswerUse[];
}

export interface MaterialSaveResult {
  readonly revision: number;
  readonly contentHash: string;
  readonly charCount: number;
  readonly savedAt: string;
  /** Sign-offs that no longer hold because this save changed the content. */
  readonly voidedSignOffs: number;
  /** The request's approval was voided by this save (an approved event's material was edited). */
  readonly approvalVoided: boolean;
}

/** The materials screen of one event. */
export interface MaterialsOverview {
  readonly request: {
    readonly id: string;
    readonly title: string;
    readonly unitName: string;
    readonly state: RequestState;
    readonly startsAt: string | null;
    readonly materialsDueDate: string | null;
    /** Whether this user may create and edit the event's materials now. */
    readonly editable: boolean;
  };
  readonly materials: readonly MaterialSummary[];
  readonly missingKinds: readonly MaterialKind[];
  /** What stands between the materials and submission (the same rule main enforces). */
  readonly problems: readonly ValidationProblem[];
}

/** A version opened read-only: its summary and the saved document as text. */
export interface MaterialVersionDetail {
  readonly version: MaterialVersionSummary;
  readonly document: string;
}

/** A template a new material starts from; `custom` when an administrator has edited it. */
export interface MaterialTemplate {
  readonly kind: MaterialKind;
  readonly document: string;
  readonly custom: boolean;
  readonly updatedAt: string | null;
  readonly updatedByName: string | null;
}
