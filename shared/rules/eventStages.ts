import type { RequestState } from '../domain/requests.ts';

/** The five stages an event goes through (DOMAIN.md): 报批 → 材料与审查 → 排期 → 现场实录 → 发布与归档. */
export const stageIds = ['request', 'materials', 'schedule', 'transcript', 'release'] as const;
export type StageId = (typeof stageIds)[number];
export type StageStatus = 'done' | 'inProgress' | 'blocked' | 'notStarted';

/** Why a stage stands where it does; the screen turns the code into words. */
export const stageReasons = [
  'draftNotSubmitted',
  'formIncomplete',
  'signOffsPending',
  'materialsMissing',
  'waitingUnitHead',
  'waitingNewsOffice',
  'waitingAuthority',
  'ratificationPending',
  'returnedForChanges',
  'rejected',
  'withdrawn',
  'cancelled',
  'approvalVoided',
  'noMaterials',
  'clearancePending',
  'noTime',
  'scheduleConflict',
  'notApproved',
  'eventAhead',
  'transcriptNotStarted',
  'transcriptNotReviewed',
  'deliverablesMissing',
  'notExported',
] as const;
export type StageReason = (typeof stageReasons)[number];

export interface Stage {
  readonly id: StageId;
  readonly status: StageStatus;
  readonly reasons: readonly StageReason[];
  /** How many, for a reason that names a number (尚缺 12 项签核). */
  readonly counts?: Partial<Record<StageReason, number>>;
}

/**
 * What the stages are computed from. A part a feature does not report (yet) is null, and its
 * stage then shows as not started.
 */
export interface EventFacts {
  readonly request: {
    readonly state: RequestState;
    /** What the request form itself still lacks (the fields, the date). */
    readonly problems: number;
    /** What the materials still lack before submission: sign-offs, and required materials. */
    readonly materialProblems: number;
    readonly fastTracked: boolean;
    readonly ratified: boolean;
  };
  readonly materials: {
    readonly count: number;
    readonly uncleared: number;
    /** Required checklist items not signed for the current content, over all materials. */
    readonly pendingSignOffs: number;
  } | null;
  readonly schedule: { readonly startsAt: string | null; readonly conflicts: number };
  readonly transcript: {
    readonly started: boolean;
    readonly reviewed: boolean;
    readonly deliverablesMissing: number;
    readonly closed: boolean;
  } | null;
  readonly release: { readonly exported: boolean };
  readonly now: Date;
}

const stage = (id: StageId, status: StageStatus, ...reasons: StageReason[]): Stage => ({
  id,
  status,
  reasons,
});

const counted = (id: StageId, status: StageStatus, reason: StageReason, count: number): Stage => ({
  id,
  status,
  reasons: [reason],
  counts: { [reason]: count },
});

/** The draft's first blocker: the form, then the sign-offs, then the materials still missing. */
function draftStage({ request, materials }: EventFacts): Stage {
  if (request.problems > 0)
    return counted('request', 'inProgress', 'formIncomplete', request.problems);
  const signOffs = materials?.pendingSignOffs ?? 0;
  if (signOffs > 0) return counted('request', 'inProgress', 'signOffsPending', signOffs);
  if (request.materialProblems > 0)
    return counted('request', 'inProgress', 'materialsMissing', request.materialProblems);
  return stage('request', 'inProgress', 'draftNotSubmitted');
}

function requestStage(facts: EventFacts): Stage {
  const { request } = facts;
  switch (request.state) {
    case 'approved':
      return request.fastTracked && !request.ratified
        ? stage('request', 'inProgress', 'ratificationPending')
        : stage('request', 'done');
    case 'draft':
      return draftStage(facts);
    case 'unitReview':
      return stage('request', 'inProgress', 'waitingUnitHead');
    case 'newsOfficeReview':
      return stage('request', 'inProgress', 'waitingNewsOffice');
    case 'authorityReview':
      return stage('request', 'inProgress', 'waitingAuthority');
    case 'returned':
      return stage('request', 'blocked', 'returnedForChanges');
    case 'rejected':
      return stage('request', 'blocked', 'rejected');
    case 'withdrawn':
      return stage('request', 'blocked', 'withdrawn');
    case 'cancelled':
      return stage('request', 'blocked', 'cancelled');
    case 'postponed':
    case 'rescheduled':
      return stage('request', 'blocked', 'approvalVoided');
  }
}

function materialsStage({ materials }: EventFacts): Stage {
  if (!materials || materials.count === 0) return stage('materials', 'notStarted', 'noMaterials');
  return materials.uncleared > 0
    ? counted('materials', 'inProgress', 'signOffsPending', materials.pendingSignOffs)
    : stage('materials', 'done');
}

function scheduleStage({ schedule, request }: EventFacts): Stage {
  if (!schedule.startsAt) return stage('schedule', 'notStarted', 'noTime');
  if (schedule.conflicts > 0) return stage('schedule', 'blocked', 'scheduleConflict');
  return request.state === 'approved'
    ? stage('schedule', 'done')
    : stage('schedule', 'inProgress', 'notApproved');
}

function transcriptStage(facts: EventFacts): Stage {
  const { transcript, schedule, request } = facts;
  const started =
    schedule.startsAt !== null && new Date(schedule.startsAt).getTime() <= facts.now.getTime();
  if (transcript?.reviewed) return stage('transcript', 'done');
  if (transcript?.started) return stage('transcript', 'inProgress', 'transcriptNotReviewed');
  if (!started) return stage('transcript', 'notStarted', 'eventAhead');
  return request.state === 'approved'
    ? stage('transcript', 'inProgress', 'transcriptNotStarted')
    : stage('transcript', 'blocked', 'notApproved');
}

function releaseStage(facts: EventFacts, materials: Stage): Stage {
  const closed = facts.transcript === null || facts.transcript.closed;
  if (facts.release.exported && closed && facts.request.state === 'approved')
    return stage('release', 'done');
  const prerequisites: StageReason[] = [];
  if (facts.request.state !== 'approved') {
    prerequisites.push(
      facts.request.state === 'authorityReview' ? 'waitingAuthority' : 'notApproved',
    );
  }
  if (materials.status !== 'done') prerequisites.push(materials.reasons[0] ?? 'clearancePending');
  if (prerequisites.length > 0)
    return { ...stage('release', 'blocked', ...prerequisites), ...countsOf(materials) };
  const outstanding: StageReason[] = [];
  if (facts.transcript?.started && !facts.transcript.reviewed)
    outstanding.push('transcriptNotReviewed');
  if ((facts.transcript?.deliverablesMissing ?? 0) > 0) outstanding.push('deliverablesMissing');
  if (!facts.release.exported) return stage('release', 'notStarted', 'notExported', ...outstanding);
  return stage('release', 'inProgress', ...outstanding);
}

const countsOf = (from: Stage): Pick<Stage, 'counts'> =>
  from.counts ? { counts: from.counts } : {};

/** Each stage's status and the reasons, from what the features report about the event. */
export function eventStages(facts: EventFacts): Stage[] {
  const materials = materialsStage(facts);
  return [
    requestStage(facts),
    materials,
    scheduleStage(facts),
    transcriptStage(facts),
    releaseStage(facts, materials),
  ];
}
