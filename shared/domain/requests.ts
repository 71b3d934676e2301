/** The approval request (报批, DOMAIN.md section 1): its form, states and decisions. */

export const eventForms = [
  'pressConference',
  'onlineInterview',
  'reporterInterview',
  'pressQuestions',
  'webInterview',
  'newMedia',
] as const;
export type EventForm = (typeof eventForms)[number];

export const conferenceKinds = ['routine', 'thematic', 'emergency'] as const;
export type ConferenceKind = (typeof conferenceKinds)[number];

export const mediaKinds = [
  'newspaper',
  'television',
  'radio',
  'newsAgency',
  'newsWebsite',
  'newMedia',
] as const;
export type MediaKind = (typeof mediaKinds)[number];

export interface Person {
  readonly name: string;
  readonly title: string;
}

export interface MediaOutlet {
  readonly name: string;
  readonly kind: MediaKind;
}

/** The parts of the request form that are not columns of their own. */
export interface RequestContent {
  readonly conferenceKind: ConferenceKind | null;
  readonly host: Person;
  readonly mainSpeaker: Person;
  readonly spokesperson: Person;
  readonly participants: readonly Person[];
  readonly summary: string;
  readonly invitedMedia: readonly MediaOutlet[];
  readonly contact: { readonly name: string; readonly phone: string };
  readonly otherAgencies: readonly string[];
  readonly spokespersonOpinion: string;
  readonly leaderOpinion: string;
}

/** Everything the drafter fills in. Times are ISO instants; empty strings mean "not yet filled". */
export interface RequestFields {
  readonly unitId: string;
  readonly title: string;
  readonly form: EventForm;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly venue: string;
  readonly isEmergency: boolean;
  readonly content: RequestContent;
}

export const emptyPerson: Person = { name: '', title: '' };

export const emptyContent: RequestContent = {
  conferenceKind: 'routine',
  host: emptyPerson,
  mainSpeaker: emptyPerson,
  spokesperson: emptyPerson,
  participants: [],
  summary: '',
  invitedMedia: [],
  contact: { name: '', phone: '' },
  otherAgencies: [],
  spokespersonOpinion: '',
  leaderOpinion: '',
};

/**
 * 已提交 is the state right after submission, while the unit head reviews it, so "submitted" and
 * "单位负责人审核" are one state here, named 待单位负责人审核 (shared/text/chineseNames.ts).
 */
export const requestStates = [
  'draft',
  'unitReview',
  'newsOfficeReview',
  'authorityReview',
  'approved',
  'returned',
  'rejected',
  'withdrawn',
  'cancelled',
  'postponed',
  'rescheduled',
] as const;
export type RequestState = (typeof requestStates)[number];

export const decisionLevels = ['unit', 'newsOffice', 'authority'] as const;
export type DecisionLevel = (typeof decisionLevels)[number];

export const decisionKinds = ['approve', 'return', 'reject', 'fastTrack', 'ratify'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export interface Decision {
  readonly id: string;
  readonly round: number;
  readonly level: DecisionLevel;
  readonly kind: DecisionKind;
  readonly decidedBy: string;
  readonly decidedByName: string;
  readonly decidedAt: string;
  readonly comment: string;
  readonly contentHash: string;
  readonly voidedAt: string | null;
}

export interface RequestAttachment {
  readonly sha256: string;
  readonly fileName: string;
  readonly size: number;
  readonly mediaType: string;
  readonly addedAt: string;
}
