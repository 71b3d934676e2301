import type { DatabaseSync } from 'node:sqlite';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import type { EventFacts } from '../../../shared/rules/eventStages.ts';

/**
 * What features report about an event for its stage bar. A feature that is not installed (or not
 * built yet) leaves its part out, and its stage shows as not started.
 */
export interface EventFactProviders {
  readonly materials?: (db: DatabaseSync, requestId: string) => EventFacts['materials'];
  readonly transcript?: (db: DatabaseSync, requestId: string) => EventFacts['transcript'];
  readonly scheduleConflicts?: (db: DatabaseSync, requestId: string) => number;
}

export function eventFacts(
  db: DatabaseSync,
  request: RequestDetail,
  providers: EventFactProviders,
  exported: boolean,
  now: Date,
): EventFacts {
  // The request's problems hold the form's and the materials' (materialProblemsOf); the stage bar
  // names each for what it is, so a complete form short of sign-offs never reads as incomplete.
  const materialProblems = request.problems.filter((problem) =>
    problem.field.startsWith('materials.'),
  ).length;
  return {
    request: {
      state: request.state,
      problems: request.problems.length - materialProblems,
      materialProblems,
      fastTracked: request.fastTracked,
      ratified: request.ratifiedAt !== null,
    },
    materials: providers.materials?.(db, request.id) ?? null,
    schedule: {
      startsAt: request.fields.startsAt,
      conflicts: providers.scheduleConflicts?.(db, request.id) ?? 0,
    },
    transcript: providers.transcript?.(db, request.id) ?? null,
    release: { exported },
    now,
  };
}
