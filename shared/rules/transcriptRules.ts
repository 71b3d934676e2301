import type { Actor } from '../domain/actor.ts';
import { hasPermission } from '../domain/permissions.ts';
import type { RequestState } from '../domain/requests.ts';
import type { Refusal } from './requestWorkflow.ts';

/** Where a transcript stands: 未开始 → 实录中 → 已结束 → 已审核 → 已归档. */
export const transcriptStatuses = [
  'notStarted',
  'capturing',
  'ended',
  'reviewed',
  'closed',
] as const;
export type TranscriptStatus = (typeof transcriptStatuses)[number];

export const transcriptActions = [
  'start',
  /** Commit turns, add speakers, record audio, queue questions. */
  'capture',
  'editTurns',
  'end',
  'resume',
  'manageDeliverables',
  'review',
  'export',
  'close',
  'trackFollowUps',
] as const;
export type TranscriptAction = (typeof transcriptActions)[number];

/** What the rules need to know about an event's transcript. */
export interface TranscriptFacts {
  readonly requestState: RequestState;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly closedAt: string | null;
  readonly turnCount: number;
  /** Whether a review exists and covers the current revision. */
  readonly reviewCurrent: boolean;
  /** Everyone who committed or edited a turn (and who started capture). */
  readonly noteTakerIds: readonly string[];
  /** Required deliverables that do not yet hold enough files. */
  readonly missingDeliverables: readonly string[];
}

export function transcriptStatus(facts: TranscriptFacts): TranscriptStatus {
  if (facts.closedAt) return 'closed';
  if (!facts.startedAt) return 'notStarted';
  if (!facts.endedAt) return 'capturing';
  return facts.reviewCurrent ? 'reviewed' : 'ended';
}

const refuse = (code: string, message: string): Refusal => ({ code, message });
const closed = refuse('transcript_closed', '该发布活动的现场实录已归档，不能再修改。');
const notStarted = refuse('invalid_state', '尚未开始实录。');

function captureRefusal(facts: TranscriptFacts, actor: Actor): Refusal | null {
  if (!hasPermission(actor.roles, 'transcripts.capture')) {
    return refuse('forbidden', '您的角色不能记录现场实录。');
  }
  if (facts.closedAt) return closed;
  return facts.startedAt ? null : notStarted;
}

function reviewRefusal(facts: TranscriptFacts, actor: Actor): Refusal | null {
  if (!hasPermission(actor.roles, 'transcripts.review')) {
    return refuse('forbidden', '您的角色不能审核现场实录。');
  }
  if (facts.closedAt) return closed;
  if (!facts.endedAt) return refuse('invalid_state', '请先结束实录，再审核。');
  if (facts.turnCount === 0) return refuse('invalid_state', '实录中还没有任何发言，无需审核。');
  if (facts.reviewCurrent) return refuse('invalid_state', '实录已审核，之后没有修改。');
  if (facts.noteTakerIds.includes(actor.userId)) {
    return refuse('separation_of_duties', '记录或修改过本实录的人不能审核本实录，请由其他人审核。');
  }
  return null;
}

function closeRefusal(facts: TranscriptFacts, actor: Actor): Refusal | null {
  const capture = captureRefusal(facts, actor);
  if (capture) return capture;
  if (!facts.endedAt) return refuse('invalid_state', '请先结束实录，再归档。');
  if (facts.turnCount > 0 && !facts.reviewCurrent) {
    return refuse('not_reviewed', '实录尚未审核（或审核后又有修改），不能归档。');
  }
  if (facts.missingDeliverables.length > 0) {
    return refuse(
      'deliverables_missing',
      `以下必交材料尚未齐全，不能归档：${facts.missingDeliverables.join('、')}。`,
    );
  }
  return null;
}

/**
 * Why `actor` may not take `action` on this transcript now, or null when they may. Main calls it
 * before every change; the screen calls it to offer only what main will accept.
 */
export function transcriptRefusal(
  facts: TranscriptFacts,
  actor: Actor,
  action: TranscriptAction,
): Refusal | null {
  switch (action) {
    case 'start':
      if (!hasPermission(actor.roles, 'transcripts.capture')) {
        return refuse('forbidden', '您的角色不能记录现场实录。');
      }
      if (facts.startedAt) return refuse('invalid_state', '实录已经开始。');
      return facts.requestState === 'approved'
        ? null
        : refuse('not_approved', '只有已批准的发布活动才能开始实录。');
    case 'capture':
      return (
        captureRefusal(facts, actor) ??
        (facts.endedAt ? refuse('invalid_state', '实录已结束。如需补录，请先继续实录。') : null)
      );
    case 'editTurns':
    case 'manageDeliverables':
      return captureRefusal(facts, actor);
    case 'end':
      return (
        captureRefusal(facts, actor) ??
        (facts.endedAt ? refuse('invalid_state', '实录已经结束。') : null)
      );
    case 'resume':
      return (
        captureRefusal(facts, actor) ??
        (facts.endedAt ? null : refuse('invalid_state', '实录正在进行中。'))
      );
    case 'review':
      return reviewRefusal(facts, actor);
    case 'export':
      return facts.reviewCurrent
        ? null
        : refuse('not_reviewed', '实录须经记录人以外的人员审核后才能导出文字实录。');
    case 'close':
      return closeRefusal(facts, actor);
    case 'trackFollowUps':
      // Follow-ups go on after the event is closed.
      if (!hasPermission(actor.roles, 'transcripts.capture')) {
        return refuse('forbidden', '您的角色不能跟进记者提问。');
      }
      return facts.startedAt ? null : notStarted;
  }
}

export const availableTranscriptActions = (
  facts: TranscriptFacts,
  actor: Actor,
): TranscriptAction[] =>
  transcriptActions.filter((action) => transcriptRefusal(facts, actor, action) === null);
