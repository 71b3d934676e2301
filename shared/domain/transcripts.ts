/** The live transcript of an event (文字实录, DOMAIN.md section 4): speakers, turns and their history. */

/**
 * Who speaks: the roster comes from the request (主持人, 主发布人, 新闻发言人, the other 发布人);
 * reporters and anyone else are added during the event.
 */
export const speakerRoles = [
  'host',
  'mainSpeaker',
  'spokesperson',
  'speaker',
  'reporter',
  'other',
] as const;
export type SpeakerRole = (typeof speakerRoles)[number];

export interface TranscriptSpeaker {
  readonly id: string;
  readonly role: SpeakerRole;
  readonly name: string;
  /** 职务 of an official; empty for reporters. */
  readonly title: string;
  /** The reporter's outlet (媒体); empty for others. */
  readonly outlet: string;
}

/** One committed turn as it reads now (its latest revision). */
export interface TranscriptTurn {
  readonly id: string;
  /** 1, 2, 3… in the order the turns were committed. */
  readonly seq: number;
  readonly speakerId: string;
  readonly text: string;
  /** When the speaker began, as the note-taker's first keystroke of the line recorded it. */
  readonly spokenAt: string;
  /** Milliseconds from the start of capture to `spokenAt`. */
  readonly offsetMs: number;
  readonly revision: number;
  readonly committedByName: string;
}

/** One immutable revision of a turn; revision 1 is the turn as first committed. */
export interface TurnRevision {
  readonly revision: number;
  readonly speakerId: string;
  readonly text: string;
  readonly editedByName: string;
  readonly editedAt: string;
}

/** The line being typed, kept so that a reload or a crash does not lose it. */
export interface TurnDraft {
  readonly speakerId: string | null;
  readonly text: string;
  readonly startedAt: string | null;
}

export interface TranscriptRecording {
  readonly id: string;
  readonly mediaType: string;
  readonly startedAt: string;
  readonly bytes: number;
  readonly chunks: number;
  /** From the elapsed time the recorder reported with each chunk. */
  readonly durationMs: number;
  readonly finishedAt: string | null;
}

export const questionStates = ['waiting', 'answered', 'withdrawn'] as const;
export type QuestionState = (typeof questionStates)[number];

export const followUpStates = ['none', 'open', 'done'] as const;
export type FollowUpState = (typeof followUpStates)[number];

export interface TranscriptQuestion {
  readonly id: string;
  readonly reporterId: string;
  readonly text: string;
  readonly answererId: string | null;
  readonly state: QuestionState;
  readonly followUp: FollowUpState;
  readonly followUpNote: string;
  readonly askedAt: string;
}

export interface DeliverableFile {
  readonly sha256: string;
  readonly fileName: string;
  readonly size: number;
  readonly mediaType: string;
  readonly addedByName: string;
  readonly addedAt: string;
}

export interface Deliverable {
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  /** How many files make it complete (照片 needs at least 8). */
  readonly minFiles: number;
  readonly files: readonly DeliverableFile[];
}
