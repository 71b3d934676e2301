import type { ConcernSummary } from './concerns.ts';
import type { MaterialKind } from './materials.ts';
import type { RequestSummary } from './requestViews.ts';
import type { Reminder } from './scheduling.ts';

/** A request that waits on this person, and whether it is late (decision or due date passed). */
export interface RequestTodo {
  readonly request: RequestSummary;
  readonly late: boolean;
}

/** A material with checklist items this person may sign now (by role, not its drafter). */
export interface SignOffTodo {
  readonly materialId: string;
  readonly materialKind: MaterialKind;
  readonly requestId: string;
  readonly requestTitle: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  /** The labels of the required items this person may sign, as the checklist names them. */
  readonly itemLabels: readonly string[];
}

/** 口径库 answers are listed this many days before their last valid day. */
export const answerNoticeDays = 30;

/** A 口径库 answer of this person's unit whose validity ends soon (or has ended). */
export interface AnswerTodo {
  readonly answerId: string;
  readonly question: string;
  /** YYYY-MM-DD (Asia/Shanghai), the last day it may be used. */
  readonly validUntil: string;
  readonly expired: boolean;
}

/** An ended transcript this person may review (they took no part in writing it). */
export interface TranscriptTodo {
  readonly requestId: string;
  readonly requestTitle: string;
  readonly unitName: string;
  readonly startsAt: string | null;
  readonly endedAt: string;
}

/** A record of another office held back for the administrator (exchange quarantine). */
export interface ExchangeTodo {
  readonly recordId: string;
  readonly originName: string;
  readonly fileName: string;
  readonly quarantinedAt: string;
}

export const setupStepIds = ['addUsers', 'confirmUnits', 'registerPeer', 'importHolidays'] as const;
export type SetupStepId = (typeof setupStepIds)[number];

/** One step of the administrator's first-run checklist, computed from the database. */
export interface SetupStep {
  readonly id: SetupStepId;
  readonly done: boolean;
  /** The screen that does it (a route of the app). */
  readonly route: string;
}

/**
 * 待办: each section is present only when it can apply to this person (by role); a present
 * section may be empty. `count` is what the header, 首页 and 待办 all show.
 */
export type TodoSection =
  | { readonly id: 'setup'; readonly items: readonly SetupStep[] }
  | { readonly id: 'decisions'; readonly items: readonly RequestTodo[] }
  | { readonly id: 'emergencies'; readonly items: readonly RequestTodo[] }
  | { readonly id: 'drafts'; readonly items: readonly RequestTodo[] }
  | { readonly id: 'signOffs'; readonly items: readonly SignOffTodo[] }
  | { readonly id: 'transcripts'; readonly items: readonly TranscriptTodo[] }
  | { readonly id: 'answers'; readonly items: readonly AnswerTodo[] }
  | { readonly id: 'concerns'; readonly items: readonly ConcernSummary[] }
  | { readonly id: 'deadlines'; readonly items: readonly Reminder[] }
  | { readonly id: 'exchange'; readonly items: readonly ExchangeTodo[] };

export type TodoSectionId = TodoSection['id'];

export interface PersonalTodo {
  readonly count: number;
  readonly sections: readonly TodoSection[];
}

/** What a section adds to the count: every item, except the setup steps already done. */
export const pendingIn = (section: TodoSection): number =>
  section.id === 'setup' ? section.items.filter((step) => !step.done).length : section.items.length;
