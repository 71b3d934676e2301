import type { DatabaseSync } from 'node:sqlite';
import type { ChecklistItemTemplate } from '../../../shared/domain/materialClearance.ts';
import type { MaterialSummary } from '../../../shared/domain/materials.ts';
import { itemApplies, pendingRequiredItems } from '../../../shared/rules/materialClearance.ts';
import { materialProblems } from '../../../shared/rules/materialSubmission.ts';
import {
  problemsForSubmission,
  type ValidationProblem,
} from '../../../shared/rules/requestValidation.ts';
import { latestDateAhead, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { findRequest, type RequestRecord } from '../requests/requestRepository.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { listMaterialHeaders, type MaterialHeader } from './materialRepository.ts';
import { listSignOffs } from './signOffRepository.ts';

/** The last day (Asia/Shanghai) the event's 发布辞 and 答问口径 are on time, when a date is set. */
export function materialsDueDate(db: DatabaseSync, request: RequestRecord): string | null {
  if (!request.fields.startsAt) return null;
  return latestDateAhead(
    shanghaiDate(new Date(request.fields.startsAt)),
    readSettings(db).materialsLeadWorkingDays,
    readWorkCalendar(db),
  );
}

function pendingOf(
  db: DatabaseSync,
  material: MaterialHeader,
  request: RequestRecord,
  template: readonly ChecklistItemTemplate[],
): string[] {
  return pendingRequiredItems(
    template,
    request.fields.content.otherAgencies,
    listSignOffs(db, material.id),
    material.contentHash,
  );
}

export function materialSummaryOf(
  db: DatabaseSync,
  material: MaterialHeader,
  request: RequestRecord,
): MaterialSummary {
  const template = readSettings(db).clearanceChecklist;
  const required = template.filter(
    (item) => item.required && itemApplies(item, request.fields.content.otherAgencies),
  ).length;
  return {
    id: material.id,
    kind: material.kind,
    revision: material.revision,
    charCount: material.charCount,
    contentHash: material.contentHash,
    updatedAt: material.updatedAt,
    updatedByName: material.updatedByName,
    requiredItems: required,
    requiredCleared: required - pendingOf(db, material, request, template).length,
  };
}

/**
 * What stands between the event's materials and submission (shared/rules/materialSubmission.ts):
 * main refuses `requests:submit` while there is any, and the request form lists them.
 */
export function materialProblemsOf(
  db: DatabaseSync,
  request: RequestRecord,
  now: Date,
): ValidationProblem[] {
  const settings = readSettings(db);
  const template = settings.clearanceChecklist;
  const dateProblems = problemsForSubmission(request.fields, {
    now,
    calendar: readWorkCalendar(db),
    leadWorkingDays: settings.requestLeadWorkingDays,
  }).filter((problem) => problem.field === 'startsAt');
  return materialProblems({
    form: request.fields.form,
    isEmergency: request.fields.isEmergency,
    today: shanghaiDate(now),
    materialsDueDate: materialsDueDate(db, request),
    eventDateAccepted: dateProblems.length === 0,
    materials: listMaterialHeaders(db, request.id).map((material) => ({
      kind: material.kind,
      pendingItems: pendingOf(db, material, request, template),
    })),
  });
}

/**
 * What the event workspace's stage bar shows for materials: how many, how many not cleared, and
 * how many required sign-offs are still missing over all of them.
 */
export function materialEventFacts(
  db: DatabaseSync,
  requestId: string,
): { readonly count: number; readonly uncleared: number; readonly pendingSignOffs: number } {
  const request = findRequest(db, requestId);
  if (!request) return { count: 0, uncleared: 0, pendingSignOffs: 0 };
  const template = readSettings(db).clearanceChecklist;
  const pending = listMaterialHeaders(db, requestId).map(
    (header) => pendingOf(db, header, request, template).length,
  );
  return {
    count: pending.length,
    uncleared: pending.filter((items) => items > 0).length,
    pendingSignOffs: pending.reduce((sum, items) => sum + items, 0),
  };
}
