import type { RequestState } from './requests.ts';

/**
 * 发布评估: what was said at an event, held against what was approved (issue 19). Each finding
 * says why it was raised: the matched words on both sides, never a bare score.
 */
export const findingKinds = [
  'figureDiffers',
  'wordingSpoken',
  'unsayableRepeated',
  'questionUnprepared',
  'answerNeverAsked',
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** A run of matched text, by UTF-16 offsets into the text it belongs to. */
export interface MatchedSpan {
  readonly start: number;
  readonly end: number;
}

/** Where the turn of a finding is: who spoke, when, and the words matched in what was said. */
export interface FindingTurn {
  readonly turnId: string;
  readonly seq: number;
  readonly speakerLabel: string;
  readonly spokenAt: string;
  /** Milliseconds from the start of capture (the recording position where there is one). */
  readonly offsetMs: number;
  readonly text: string;
  readonly spans: readonly MatchedSpan[];
}

/** The approved side: a place in a material (or a wording list) and the words matched there. */
export interface FindingSource {
  /** 新闻通稿·第2段, 答问口径·第3问·不可说, 禁用词表… */
  readonly label: string;
  readonly text: string;
  readonly spans: readonly MatchedSpan[];
}

export interface EvaluationFinding {
  /** Stable across recomputations of the same transcript and materials: marks are keyed by it. */
  readonly key: string;
  readonly kind: FindingKind;
  /** Null only for a prepared answer that was never asked. */
  readonly turn: FindingTurn | null;
  readonly source: FindingSource | null;
  /** The matched words, as a person reads them (1.3亿元 ≠ 1.2亿元, the words both texts share…). */
  readonly words: readonly string[];
  /** Shown beside the words where the finding rests on overlap: 0–1. */
  readonly similarity: number | null;
  /** The prepared 口径 question nearest to an unprepared question, for 加入口径库. */
  readonly question: string | null;
}

export const markStatuses = ['verified', 'noIssue'] as const;
export type MarkStatus = (typeof markStatuses)[number];

export interface FindingMark {
  readonly status: MarkStatus;
  readonly note: string;
  readonly markedByName: string;
  readonly markedAt: string;
}

export interface EvaluatedFinding extends EvaluationFinding {
  readonly mark: FindingMark | null;
}

/** Where a department's view comes from when it is the news office's review, received by exchange. */
export interface ReceivedReview {
  readonly fromName: string;
  /** When the news office last changed the review (its latest mark). */
  readonly sentAt: string;
  /** When this installation imported it. */
  readonly receivedAt: string;
}

/** The 发布评估 of one event as the screen shows it, with what the viewer may do. */
export interface EvaluationView {
  readonly event: {
    readonly requestId: string;
    readonly title: string;
    readonly unitName: string;
    readonly state: RequestState;
    readonly startsAt: string | null;
  };
  readonly reviewedByName: string;
  readonly reviewedAt: string;
  /** Whether the transcript has a recording the turn offsets point into. */
  readonly hasRecording: boolean;
  readonly findings: readonly EvaluatedFinding[];
  readonly canMark: boolean;
  readonly canAddToLibrary: boolean;
  /** Set when this is the news office's review as received (read-only), not one computed here. */
  readonly received: ReceivedReview | null;
  /** For the news office: the installation of the event's unit its marks go to, if registered. */
  readonly sendsTo: string | null;
}
