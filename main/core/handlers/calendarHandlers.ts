import type { DatabaseSync } from 'node:sqlite';
import type { calendarChannels } from '../../../shared/contract/calendarChannels.ts';
import { parseCalendarLines } from '../../../shared/rules/workingDays.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import {
  listCalendarDays,
  removeCalendarDay,
  upsertCalendarDay,
} from '../calendar/calendarRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { parseHolidayNotice } from '../../../shared/rules/holidayNotice.ts';

type CalendarHandlers = Pick<Handlers, keyof typeof calendarChannels>;

/** The holiday and adjusted-workday list that working-day counting reads. */
export function calendarHandlers(db: DatabaseSync): CalendarHandlers {
  return {
    'calendar:list': () => listCalendarDays(db),
    'calendar:setDay': (input, context) =>
      inTransaction(db, () => {
        if (Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) {
          throw new AppError('invalid_input', `日期“${input.date}”不存在。`);
        }
        upsertCalendarDay(db, input);
        appendAudit(db, context.actor, context.now, {
          action: 'calendar.setDay',
          subjectKind: 'calendar',
          subjectId: input.date,
          details: input,
        });
        return listCalendarDays(db);
      }),
    'calendar:removeDay': (input, context) =>
      inTransaction(db, () => {
        if (removeCalendarDay(db, input.date) > 0) {
          appendAudit(db, context.actor, context.now, {
            action: 'calendar.removeDay',
            subjectKind: 'calendar',
            subjectId: input.date,
          });
        }
        return listCalendarDays(db);
      }),
    'calendar:import': (input, context) => {
      const notice = parseHolidayNotice(input.text);
      const { days, invalidLines } = notice
        ? { days: notice, invalidLines: [] }
        : parseCalendarLines(input.text);
      if (invalidLines.length > 0) {
        throw new AppError(
          'invalid_input',
          `第 ${invalidLines.slice(0, 10).join('、')} 行无法识别，未导入任何日期。可粘贴国务院办公厅节假日安排通知全文，或每行一天：2026年10月1日，放假，国庆节（调休上班的日子写“上班”）。`,
        );
      }
      return inTransaction(db, () => {
        days.forEach((day) => upsertCalendarDay(db, day));
        appendAudit(db, context.actor, context.now, {
          action: 'calendar.import',
          subjectKind: 'calendar',
          subjectId: 'calendar',
          details: { count: days.length },
        });
        return { imported: days.length, invalidLines: [] };
      });
    },
  };
}
