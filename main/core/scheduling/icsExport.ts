import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { requestStates } from '../../../shared/domain/requests.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { latestDateAhead, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { readWorkCalendar } from '../calendar/calendarRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { labels } from '../requests/requestLabels.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { buildIcs, type IcsEvent } from './icalendar.ts';
import { bookedStates, seesDetails } from './scheduleAccess.ts';
import { listScheduleRows, type ScheduleRow } from './scheduleRepository.ts';
import { matchesFilter } from './scheduleService.ts';

const icsMediaType = 'text/calendar; charset=utf-8';
const maxExportDays = 400;

const stateNames: Readonly<Partial<Record<RequestState, string>>> = {
  approved: '已批准',
  cancelled: '已取消',
  postponed: '已延期',
  rescheduled: '已改期，待重新审批',
};

const dateLabel = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

function icsEventOf(row: ScheduleRow, materialsDue: string): IcsEvent {
  const kind =
    row.form === 'pressConference' && row.conferenceKind
      ? `（${labels.conferenceKinds[row.conferenceKind]}）`
      : '';
  const person = (role: string, value: { name: string; title: string }) =>
    value.name ? [`${role}：${value.title}${value.name}`] : [];
  return {
    uid: `${row.id}@press-workbench`,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    summary: row.title,
    location: row.venue,
    description: [
      `申请单位：${row.unitName}`,
      `发布形式：${labels.forms[row.form]}${kind}`,
      `时间：${formatShanghaiDateTime(row.startsAt)}（北京时间）`,
      ...person('主持人', row.host),
      ...person('主发布人', row.mainSpeaker),
      ...person('新闻发言人', row.spokesperson),
      `状态：${stateNames[row.state] ?? '审批中'}`,
      `发布辞、答问口径截止：${dateLabel(materialsDue)}`,
    ].join('\n'),
    categories: [labels.forms[row.form], row.unitName],
    status:
      row.state === 'approved'
        ? 'CONFIRMED'
        : row.state === 'cancelled'
          ? 'CANCELLED'
          : 'TENTATIVE',
    sequence: 0,
    alarmMinutes: row.state === 'cancelled' ? null : 60,
  };
}

const safeName = (text: string): string => text.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 60);

/** One event, chosen events, or the calendar's filtered events as an .ics file; audited. */
export function exportIcs(
  db: DatabaseSync,
  input: ParsedInput<'schedule:exportIcs'>,
  context: CallContext,
): ExportedFile {
  const actor = requireActor(context);
  const chosen = input.requestIds?.length ? input.requestIds : null;
  if (!chosen && (!input.from || !input.before))
    throw new AppError('invalid_input', '请选择要导出的活动，或给出日期范围。');
  const from = chosen ? '2000-01-01' : (input.from ?? '');
  const before = chosen ? '2101-01-01' : (input.before ?? '');
  const days = (Date.parse(before) - Date.parse(from)) / 86_400_000;
  if (!chosen && !(days > 0 && days <= maxExportDays))
    throw new AppError('range_too_long', `日期范围应在 1 至 ${maxExportDays} 天之间。`);
  const rows = listScheduleRows(db, {
    from: `${from}T00:00:00+08:00`,
    before: `${before}T00:00:00+08:00`,
    states: chosen ? requestStates : [...new Set([...bookedStates, ...(input.states ?? [])])],
    requestIds: chosen,
    limit: 5000,
  }).filter((row) => seesDetails(actor, row) && (chosen !== null || matchesFilter(row, input)));
  if (rows.length === 0) throw new AppError('not_found', '没有可导出的活动。');

  const settings = readSettings(db);
  const calendar = readWorkCalendar(db);
  const events = rows.map((row) =>
    icsEventOf(
      row,
      latestDateAhead(
        shanghaiDate(new Date(row.startsAt)),
        settings.materialsLeadWorkingDays,
        calendar,
      ),
    ),
  );
  const single = rows.length === 1 && chosen?.length === 1 ? rows[0] : undefined;
  const fileName = single
    ? `${shanghaiDate(new Date(single.startsAt)).replaceAll('-', '')}-${safeName(single.unitName)}-${safeName(single.title)}.ics`
    : chosen
      ? `排期-${rows.length}项活动.ics`
      : `排期-${from.replaceAll('-', '')}-${before.replaceAll('-', '')}.ics`;
  const text = buildIcs(single ? single.title : '新闻发布排期', events, context.now);
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'schedule.exportIcs',
      subjectKind: single ? 'request' : 'schedule',
      subjectId: single ? single.id : `${from}/${before}`,
      details: { fileName, sha256, events: rows.length },
    }),
  );
  return { fileName, mediaType: icsMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
