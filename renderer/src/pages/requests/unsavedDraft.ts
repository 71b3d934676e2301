import type { SessionInfo } from '../../../../shared/contract/accountChannels.ts';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import { emptyContent, type RequestFields } from '../../../../shared/domain/requests.ts';
import { problemsForSubmission } from '../../../../shared/rules/requestValidation.ts';

/**
 * A new request before anything is stored: main creates the record on the first autosave. Its
 * problems are those of an empty form, which do not depend on the calendar (no date is set yet).
 */
export function unsavedDraft(session: SessionInfo, now: Date): RequestDetail {
  const fields: RequestFields = {
    unitId: session.user.unitId ?? '',
    title: '',
    form: 'pressConference',
    startsAt: null,
    endsAt: null,
    venue: '',
    isEmergency: false,
    content: emptyContent,
  };
  const at = now.toISOString();
  return {
    id: '',
    origin: '',
    unitName: session.unitName ?? '',
    fields,
    state: 'draft',
    draftedBy: session.user.userId,
    draftedByName: session.user.displayName,
    submittedBy: null,
    submittedAt: null,
    approvedAt: null,
    approvedHash: null,
    contentHash: '',
    fastTracked: false,
    ratifiedAt: null,
    voidedReason: null,
    round: 0,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    decisions: [],
    attachments: [],
    actions: ['edit', 'submit', 'deleteDraft'],
    problems: problemsForSubmission(fields, {
      now,
      calendar: { holidays: new Set(), workdays: new Set() },
      leadWorkingDays: 0,
    }),
    requestDueDate: null,
    materialsDueDate: null,
    packageDirection: null,
  };
}

export const isUnsaved = (request: RequestDetail): boolean => request.id === '';
