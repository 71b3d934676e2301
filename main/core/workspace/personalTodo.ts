import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import {
  answerNoticeDays,
  pendingIn,
  type AnswerTodo,
  type PersonalTodo,
  type RequestTodo,
  type SignOffTodo,
  type TodoSection,
  type TranscriptTodo,
} from '../../../shared/domain/personalTodo.ts';
import type { RequestSummary } from '../../../shared/domain/requestViews.ts';
import { isExpired } from '../../../shared/domain/materialAnswers.ts';
import { refusalToSign } from '../../../shared/rules/materialClearance.ts';
import { transcriptRefusal } from '../../../shared/rules/transcriptRules.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import type { CallContext } from '../callContext.ts';
import { concernTodos } from '../concerns/concernTodos.ts';
import { quarantinedRecords } from '../exchange/exchangeViews.ts';
import { clearanceOf } from '../materials/materialClearanceService.ts';
import { findMaterial } from '../materials/materialRepository.ts';
import { seesAllUnits } from '../requests/requestAccess.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { requestInbox } from '../requests/requestQueries.ts';
import { findRequest } from '../requests/requestRepository.ts';
import { remindersFor } from '../scheduling/reminderService.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { factsOf as transcriptFactsOf } from '../transcripts/transcriptAccess.ts';
import { findTranscript } from '../transcripts/transcriptRepository.ts';
import { firstRunChecklist } from './firstRunChecklist.ts';
import {
  answersEndingBy,
  materialsAwaitingClearance,
  transcriptsAwaitingReview,
} from './personalTodoRepository.ts';

const listLimit = 100;

const unitScope = (actor: Actor): string[] | null =>
  seesAllUnits(actor) ? null : actor.unitId ? [actor.unitId] : [];

/** Materials with required checklist items this actor may sign now, one entry per material. */
function signOffs(db: DatabaseSync, actor: Actor, now: Date): SignOffTodo[] {
  const todos: SignOffTodo[] = [];
  for (const materialId of materialsAwaitingClearance(
    db,
    unitScope(actor),
    now.toISOString(),
    listLimit,
  )) {
    const material = findMaterial(db, materialId);
    const request = material ? findRequest(db, material.requestId) : null;
    if (!material || !request) continue;
    const { facts } = clearanceOf(db, material, request);
    const labels = facts.template
      .filter((item) => item.required && refusalToSign(facts, item, actor) === null)
      .map((item) => item.label);
    if (labels.length === 0) continue;
    todos.push({
      materialId,
      materialKind: material.kind,
      requestId: request.id,
      requestTitle: request.fields.title,
      unitName: findUnit(db, request.fields.unitId)?.name ?? '',
      startsAt: request.fields.startsAt,
      itemLabels: labels,
    });
  }
  return todos;
}

function transcripts(db: DatabaseSync, actor: Actor): TranscriptTodo[] {
  return transcriptsAwaitingReview(db, unitScope(actor), listLimit)
    .filter((row) => {
      const request = findRequest(db, row.requestId);
      if (!request) return false;
      const facts = transcriptFactsOf(
        db,
        { request, transcript: findTranscript(db, row.requestId) },
        'full',
      );
      return transcriptRefusal(facts, actor, 'review') === null;
    })
    .map((row) => ({
      requestId: row.requestId,
      requestTitle: row.title,
      unitName: row.unitName,
      startsAt: row.startsAt,
      endedAt: row.endedAt,
    }));
}

function answers(db: DatabaseSync, unitId: string, today: string): AnswerTodo[] {
  return answersEndingBy(db, unitId, addDays(today, answerNoticeDays), listLimit).map((row) => ({
    answerId: row.id,
    question: row.question,
    validUntil: row.validUntil,
    expired: isExpired(row.validUntil, today),
  }));
}

/** Whether any item of the clearance checklist names one of the actor's roles. */
const signsChecklist = (db: DatabaseSync, actor: Actor): boolean =>
  readSettings(db).clearanceChecklist.some((item) =>
    item.roles.some((role) => actor.roles.includes(role)),
  );

/**
 * 待办: what waits on this person, whatever their roles. A section is present only when it can
 * apply to them (a drafter never sees decisions, a 保密审查 never sees drafts); the count is the
 * one the navigation, 首页 and 待办 show.
 */
export function personalTodo(deps: RequestDeps, context: CallContext): PersonalTodo {
  const actor = requireActor(context);
  const { db } = deps;
  const today = shanghaiDate(context.now);
  const can = (permission: Parameters<typeof hasPermission>[1]) =>
    hasPermission(actor.roles, permission);
  const sections: TodoSection[] = [];

  const setup = can('admin.users') ? firstRunChecklist(db, context.now) : null;
  if (setup && setup.some((step) => !step.done)) sections.push({ id: 'setup', items: setup });

  const decides = can('requests.decide');
  const drafts = can('requests.draft');
  const ratifies = can('requests.ratify');
  if (decides || drafts || ratifies) {
    const inbox = requestInbox(deps, context);
    const late = new Set(inbox.overdue.map((request) => request.id));
    const todo = (request: RequestSummary): RequestTodo => ({
      request,
      late: late.has(request.id),
    });
    if (decides) sections.push({ id: 'decisions', items: inbox.waitingForMe.map(todo) });
    if (ratifies)
      sections.push({ id: 'emergencies', items: inbox.unratifiedEmergencies.map(todo) });
    if (drafts) {
      const open = inbox.myDrafts.filter((request) => request.state !== 'withdrawn');
      sections.push({ id: 'drafts', items: open.map(todo) });
    }
  }
  if (can('materials.clear') && signsChecklist(db, actor)) {
    sections.push({ id: 'signOffs', items: signOffs(db, actor, context.now) });
  }
  if (can('transcripts.review'))
    sections.push({ id: 'transcripts', items: transcripts(db, actor) });
  if (can('answers.manage') && actor.unitId) {
    sections.push({ id: 'answers', items: answers(db, actor.unitId, today) });
  }
  if (can('concerns.view') && (actor.unitId || can('concerns.manage'))) {
    sections.push({ id: 'concerns', items: concernTodos(db, actor, context.now) });
  }
  if (can('schedule.view') || can('compliance.view')) {
    sections.push({ id: 'deadlines', items: remindersFor(db, context) });
  }
  if (can('admin.exchange')) {
    const held = quarantinedRecords(db).map((record) => ({
      recordId: record.recordId,
      originName: record.originName,
      fileName: record.fileName,
      quarantinedAt: record.quarantinedAt,
    }));
    sections.push({ id: 'exchange', items: held });
  }
  return { count: sections.reduce((sum, section) => sum + pendingIn(section), 0), sections };
}
