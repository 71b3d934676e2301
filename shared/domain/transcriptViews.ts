import type { HighlightRange } from '../search/searchText.ts';
import type { TranscriptAction, TranscriptStatus } from '../rules/transcriptRules.ts';
import type { RequestState } from './requests.ts';
import type {
  Deliverable,
  TranscriptQuestion,
  TranscriptRecording,
  TranscriptSpeaker,
  TranscriptTurn,
  TurnDraft,
} from './transcripts.ts';

/** The event a transcript belongs to, as its header and the Word file name it. */
export interface TranscriptEvent {
  readonly requestId: string;
  readonly title: string;
  readonly unitName: string;
  readonly requestState: RequestState;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly venue: string;
  /** Outlets invited in the request, offered when a reporter is added. */
  readonly invitedOutlets: readonly string[];
}

export interface TranscriptReview {
  readonly reviewedByName: string;
  readonly reviewedAt: string;
  /** Whether the review covers the transcript as it is now (no edit since). */
  readonly current: boolean;
}

/** Everything the capture screen shows for one event, with what the viewer may do now. */
export interface TranscriptView {
  readonly event: TranscriptEvent;
  readonly status: TranscriptStatus;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly closedAt: string | null;
  readonly closedByName: string | null;
  /** Goes up with every committed or edited turn; a review is bound to one revision. */
  readonly revision: number;
  readonly noteTakerNames: readonly string[];
  readonly review: TranscriptReview | null;
  readonly speakers: readonly TranscriptSpeaker[];
  readonly turns: readonly TranscriptTurn[];
  /** The viewer's own line in progress, if any. */
  readonly draft: TurnDraft | null;
  readonly recordings: readonly TranscriptRecording[];
  readonly questions: readonly TranscriptQuestion[];
  readonly deliverables: readonly Deliverable[];
  readonly actions: readonly TranscriptAction[];
  /** Whether the viewer may open the event's 发布评估 (the news office and the event's unit). */
  readonly evaluationReadable: boolean;
}

export interface TranscriptEventSummary {
  readonly requestId: string;
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  readonly status: TranscriptStatus;
  readonly turnCount: number;
  readonly openFollowUps: number;
}

export interface TranscriptSearchHit {
  readonly requestId: string;
  readonly eventTitle: string;
  readonly turnId: string;
  readonly seq: number;
  readonly speakerLabel: string;
  readonly spokenAt: string;
  readonly text: string;
  readonly highlights: readonly HighlightRange[];
}

/** How transcript search orders its hits: newest turn first, or by relevance (BM25). */
export const transcriptSearchOrders = ['newest', 'relevance'] as const;
export type TranscriptSearchOrder = (typeof transcriptSearchOrders)[number];

export interface TranscriptSearchResult {
  readonly hits: readonly TranscriptSearchHit[];
  /** The order the hits are in (the one asked for, or the one chosen when none was). */
  readonly order: TranscriptSearchOrder;
  /**
   * The query matches at least `manyMatchesThreshold` records: with no order asked for, its hits
   * come newest first (relevance could only rank the newest of them, and costs more).
   */
  readonly manyMatches: boolean;
}

export interface AnswerSuggestion {
  readonly kind: string;
  readonly refId: string;
  readonly title: string;
  readonly snippet: string;
  readonly highlights: readonly HighlightRange[];
}
