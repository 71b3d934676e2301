import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { ConcernSummary } from '../../../shared/domain/concerns.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { visibleConcerns } from './concernService.ts';

/**
 * 舆情待办: the open items assigned to this person's unit, and for the news office every open
 * item that is overdue; soonest deadline first.
 */
export function concernTodos(db: DatabaseSync, actor: Actor, now: Date): ConcernSummary[] {
  const manages = hasPermission(actor.roles, 'concerns.manage');
  const items = visibleConcerns(db, actor, now, true).filter(
    (item) =>
      (actor.unitId !== null && item.assignedUnit?.id === actor.unitId) ||
      (manages && item.overdue),
  );
  const due = (item: ConcernSummary): number =>
    Math.min(
      item.clock ? Date.parse(item.clock.infoDueAt) : Infinity,
      item.assignedDeadline ? Date.parse(item.assignedDeadline) : Infinity,
    );
  return items.sort((a, b) => due(a) - due(b));
}
