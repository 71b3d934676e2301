import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { addDays, latestDateAhead, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { listRequestSummaries } from '../requests/requestQueriesRepository.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { insertNotifications } from './notificationRepository.ts';

/**
 * Reminds a drafter, once per day and deadline, of a request or its materials falling due today or
 * tomorrow. Run when the user's notifications are read, so reminders need no background timer.
 */
export function remindDeadlines(db: DatabaseSync, actor: Actor, now: Date): void {
  if (!actor.roles.includes('drafter')) return;
  const today = shanghaiDate(now);
  const tomorrow = addDays(today, 1);
  const settings = readSettings(db);
  const calendar = readWorkCalendar(db);
  const drafts = listRequestSummaries(db, {
    unitIds: null,
    states: ['draft', 'returned', 'rescheduled', 'postponed'],
    draftedBy: actor.userId,
    limit: 200,
    offset: 0,
    orderBy: 'updatedDesc',
  });
  for (const draft of drafts) {
    if (!draft.startsAt) continue;
    const eventDate = shanghaiDate(new Date(draft.startsAt));
    const dues = [
      { what: '报批', date: latestDateAhead(eventDate, settings.requestLeadWorkingDays, calendar) },
      {
        what: '发布辞和答问口径',
        date: latestDateAhead(eventDate, settings.materialsLeadWorkingDays, calendar),
      },
    ];
    for (const due of dues.filter((item) => item.date === today || item.date === tomorrow)) {
      const when = due.date === today ? '今天' : '明天';
      insertNotifications(
        db,
        [actor.userId],
        {
          kind: 'deadline',
          subjectKind: 'request',
          subjectId: draft.id,
          text: `“${draft.title || '未命名报批'}”的${due.what}${when}（${due.date}）到期。`,
          dedupeKey: `due:${draft.id}:${due.what}:${due.date}`,
        },
        now.toISOString(),
      );
    }
  }
}
