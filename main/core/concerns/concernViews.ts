import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { ConcernDetail, ConcernSummary } from '../../../shared/domain/concerns.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { concernClock, runsClock } from '../../../shared/rules/concernClock.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { concernPeers } from './concernExchange.ts';
import {
  concernAttachments,
  concernSteps,
  concernUnits,
  findConcern,
  type ConcernRecord,
} from './concernRepository.ts';

/** The news office sees every item; everyone else only the items that concern their unit. */
export const seesAllConcerns = (actor: Actor): boolean =>
  actor.roles.includes('newsOfficeReviewer');

export function loadVisibleConcern(db: DatabaseSync, actor: Actor, id: string): ConcernRecord {
  const concern = findConcern(db, id);
  if (
    concern &&
    (seesAllConcerns(actor) ||
      (actor.unitId !== null && concernUnits(db, id).some((unit) => unit.id === actor.unitId)))
  ) {
    return concern;
  }
  throw new AppError('not_found', '找不到该舆情，或您无权查看。');
}

export function concernSummary(
  db: DatabaseSync,
  concern: ConcernRecord,
  now: Date,
): ConcernSummary {
  const clock = runsClock(concern.level, concern.clockMarked)
    ? concernClock(concern.firstSeenAt, concern.closedAt, now)
    : null;
  const open = concern.closedAt === null;
  const assigned = concern.assignedUnitId ? findUnit(db, concern.assignedUnitId) : null;
  const pastDeadline =
    concern.assignedDeadline !== null && Date.parse(concern.assignedDeadline) < now.getTime();
  return {
    id: concern.id,
    source: concern.source,
    level: concern.level,
    summary: concern.summary,
    firstSeenAt: concern.firstSeenAt,
    units: concernUnits(db, concern.id),
    assignedUnit: assigned ? { id: assigned.id, name: assigned.name } : null,
    assignedDeadline: concern.assignedDeadline,
    clock,
    closedAt: concern.closedAt,
    responseMs: concern.responseMs,
    overdue: open && (pastDeadline || (clock?.infoOverdue ?? false)),
  };
}

export function concernDetail(
  db: DatabaseSync,
  concern: ConcernRecord,
  actor: Actor,
  now: Date,
): ConcernDetail {
  const open = concern.closedAt === null;
  return {
    ...concernSummary(db, concern, now),
    links: concern.links,
    clockMarked: concern.clockMarked,
    registeredByName: concern.registeredByName,
    registeredAt: concern.registeredAt,
    attachments: concernAttachments(db, concern.id).map(({ sha256, fileName, addedAt }) => ({
      sha256,
      fileName,
      addedAt,
    })),
    steps: concernSteps(db, concern.id),
    requestId: concern.requestId,
    can: {
      manage: open && hasPermission(actor.roles, 'concerns.manage'),
      propose: open && concern.assignedUnitId !== null && actor.unitId === concern.assignedUnitId,
    },
    sendsTo: concernPeers(db, concern.id).map(({ installationId, name }) => ({
      installationId,
      name,
    })),
  };
}
