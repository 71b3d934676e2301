/** 舆情 register (issue 21): where an item of public concern was first seen. */
export const concernSources = [
  'internet',
  'media',
  'hotline',
  'petition',
  'superior',
  'other',
] as const;
export type ConcernSource = (typeof concernSources)[number];

/** 一般, 较大, 重大, 特别重大. */
export const concernLevels = ['general', 'serious', 'major', 'critical'] as const;
export type ConcernLevel = (typeof concernLevels)[number];

/** The responsible unit's proposal: 持续关注 / 回应 / 上报. */
export const concernProposals = ['watch', 'respond', 'escalate'] as const;
export type ConcernProposal = (typeof concernProposals)[number];

/** How the office answers an item from its page: each opens a request on the fast track. */
export const concernResponseForms = ['pressConference', 'newMedia', 'pressQuestions'] as const;
export type ConcernResponseForm = (typeof concernResponseForms)[number];

export const concernSourceNames: Readonly<Record<ConcernSource, string>> = {
  internet: '网络',
  media: '媒体',
  hotline: '12345热线',
  petition: '信访',
  superior: '上级交办',
  other: '其他',
};

export const concernLevelNames: Readonly<Record<ConcernLevel, string>> = {
  general: '一般',
  serious: '较大',
  major: '重大',
  critical: '特别重大',
};

export const concernProposalNames: Readonly<Record<ConcernProposal, string>> = {
  watch: '持续关注',
  respond: '回应',
  escalate: '上报',
};

/**
 * The response clock in natural hours from first sight (国办发〔2016〕61号): authoritative
 * information within 5 hours, a press conference within 24. `…LeftMs` is negative once passed.
 */
export interface ConcernClock {
  readonly infoDueAt: string;
  readonly conferenceDueAt: string;
  readonly infoLeftMs: number;
  readonly conferenceLeftMs: number;
  readonly infoOverdue: boolean;
  readonly conferenceOverdue: boolean;
}

export interface ConcernUnit {
  readonly id: string;
  readonly name: string;
}

export interface ConcernSummary {
  readonly id: string;
  readonly source: ConcernSource;
  readonly level: ConcernLevel;
  readonly summary: string;
  readonly firstSeenAt: string;
  readonly units: readonly ConcernUnit[];
  readonly assignedUnit: ConcernUnit | null;
  readonly assignedDeadline: string | null;
  /** Null when the item runs no clock (below 重大 and not marked by the news office). */
  readonly clock: ConcernClock | null;
  readonly closedAt: string | null;
  /** From first sight to the release that closed it. */
  readonly responseMs: number | null;
  /** A clock or the assignment's deadline passed while the item is open. */
  readonly overdue: boolean;
}

export type ConcernStepDetails =
  | { readonly kind: 'register' }
  | { readonly kind: 'assign'; readonly unitName: string; readonly deadline: string }
  | { readonly kind: 'propose'; readonly proposal: ConcernProposal; readonly reason: string }
  | { readonly kind: 'consult'; readonly participants: string; readonly decision: string }
  | { readonly kind: 'clock'; readonly marked: boolean }
  | { readonly kind: 'emergency'; readonly requestId: string; readonly title: string }
  | { readonly kind: 'close'; readonly requestId: string; readonly responseMs: number };

export type ConcernStepKind = ConcernStepDetails['kind'];

export interface ConcernStep {
  readonly id: number;
  readonly actorName: string;
  readonly at: string;
  readonly details: ConcernStepDetails;
}

export interface ConcernAttachment {
  readonly sha256: string;
  readonly fileName: string;
  readonly addedAt: string;
}

export interface ConcernDetail extends ConcernSummary {
  readonly links: readonly string[];
  readonly clockMarked: boolean;
  readonly registeredByName: string;
  readonly registeredAt: string;
  readonly attachments: readonly ConcernAttachment[];
  readonly steps: readonly ConcernStep[];
  readonly requestId: string | null;
  /** What this user may do on it now (main enforces the same). */
  readonly can: { readonly manage: boolean; readonly propose: boolean };
  /** The registered installations its steps travel to (the units', or the news office's). */
  readonly sendsTo: readonly { readonly installationId: string; readonly name: string }[];
}
