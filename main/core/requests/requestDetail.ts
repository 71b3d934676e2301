import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import { problemsForSubmission } from '../../../shared/rules/requestValidation.ts';
import { availableActions } from '../../../shared/rules/requestWorkflow.ts';
import { latestDateAhead, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { materialProblemsOf } from '../materials/materialGate.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { factsOf } from './requestAccess.ts';
import { packageDirection } from './packageDirection.ts';
import { currentContentHash } from './requestContentHash.ts';
import {
  findRequest,
  listAttachments,
  listDecisions,
  type RequestRecord,
} from './requestRepository.ts';

export function loadRequest(db: DatabaseSync, requestId: string): RequestRecord {
  const request = findRequest(db, requestId);
  if (!request) throw new AppError('not_found', '找不到该报批，可能已被删除或尚未导入。');
  return request;
}

/** The request as the actor sees it: facts, decisions, attachments, their actions, and deadlines. */
export function requestDetail(
  db: DatabaseSync,
  request: RequestRecord,
  actor: Actor,
  now: Date,
): RequestDetail {
  const decisions = listDecisions(db, request.id);
  const attachments = listAttachments(db, request.id);
  const settings = readSettings(db);
  const calendar = readWorkCalendar(db);
  const eventDate = request.fields.startsAt
    ? shanghaiDate(new Date(request.fields.startsAt))
    : null;
  return {
    id: request.id,
    origin: request.origin,
    unitName: findUnit(db, request.fields.unitId)?.name ?? '',
    fields: request.fields,
    state: request.state,
    draftedBy: request.draftedBy,
    draftedByName: request.draftedByName,
    submittedBy: request.submittedBy,
    submittedAt: request.submittedAt,
    approvedAt: request.approvedAt,
    approvedHash: request.approvedHash,
    contentHash: currentContentHash(db, request),
    fastTracked: request.fastTracked,
    ratifiedAt: request.ratifiedAt,
    voidedReason: request.voidedReason,
    round: request.round,
    revision: request.revision,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    decisions,
    attachments,
    actions: availableActions(factsOf(request, decisions), actor),
    problems: [
      ...problemsForSubmission(request.fields, {
        now,
        calendar,
        leadWorkingDays: settings.requestLeadWorkingDays,
      }),
      ...materialProblemsOf(db, request, now),
    ],
    requestDueDate: eventDate
      ? latestDateAhead(eventDate, settings.requestLeadWorkingDays, calendar)
      : null,
    materialsDueDate: eventDate
      ? latestDateAhead(eventDate, settings.materialsLeadWorkingDays, calendar)
      : null,
    packageDirection: packageDirection(db, request),
  };
}
