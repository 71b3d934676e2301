import type { Actor } from '../domain/actor.ts';

/**
 * The news office, and the event's own unit: who reads an event's 发布评估. The core refuses
 * everyone else, and the screens offer the way there only to these.
 */
export function mayReadEvaluation(actor: Actor, eventUnitId: string | null): boolean {
  return actor.roles.includes('newsOfficeReviewer') || actor.unitId === eventUnitId;
}
