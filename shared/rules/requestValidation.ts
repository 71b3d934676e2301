import type { RequestFields } from '../domain/requests.ts';
import { shanghaiDate, workingDaysAhead, type WorkCalendar } from './workingDays.ts';

export interface ValidationProblem {
  /** A path into RequestFields, e.g. `content.contact.phone`, so the form can point at the field. */
  readonly field: string;
  readonly message: string;
}

export interface SubmissionContext {
  readonly now: Date;
  readonly calendar: WorkCalendar;
  readonly leadWorkingDays: number;
}

/** Mainland mobile numbers and landlines with area code (extension allowed). */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

const blank = (text: string): boolean => text.trim() === '';

/** What stands between a draft and submission, in the order the form shows its fields. */
export function problemsForSubmission(
  fields: RequestFields,
  context: SubmissionContext,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const need = (condition: boolean, field: string, message: string) => {
    if (condition) problems.push({ field, message });
  };
  const { content } = fields;

  need(blank(fields.title), 'title', '请填写发布会名称或主题。');
  need(
    fields.form === 'pressConference' && content.conferenceKind === null,
    'content.conferenceKind',
    '请选择发布会类型（例行、专题或突发事件）。',
  );
  problems.push(...timeProblems(fields, context));
  need(blank(fields.venue), 'venue', '请填写拟发布地点。');
  need(
    fields.form === 'pressConference' && blank(content.host.name),
    'content.host',
    '请填写主持人。',
  );
  need(blank(content.mainSpeaker.name), 'content.mainSpeaker', '请填写主发布人。');
  need(
    blank(content.spokesperson.name),
    'content.spokesperson',
    '请填写新闻发言人。按规定，发布须有本单位新闻发言人负责口径。',
  );
  need(blank(content.summary), 'content.summary', '请填写拟发布内容摘要。');
  content.invitedMedia.forEach((outlet, index) =>
    need(
      blank(outlet.name),
      `content.invitedMedia.${index}`,
      `第 ${index + 1} 家拟邀媒体未填写名称。`,
    ),
  );
  content.participants.forEach((person, index) =>
    need(
      blank(person.name),
      `content.participants.${index}`,
      `第 ${index + 1} 位参加人员未填写姓名。`,
    ),
  );
  need(blank(content.contact.name), 'content.contact.name', '请填写联系人。');
  need(blank(content.contact.phone), 'content.contact.phone', '请填写联系电话。');
  need(
    !blank(content.contact.phone) && !phonePattern.test(content.contact.phone.replace(/\s/g, '')),
    'content.contact.phone',
    '联系电话格式不正确：请填写 11 位手机号，或带区号的固定电话（如 0791-86001234）。',
  );
  content.otherAgencies.forEach((agency, index) =>
    need(
      blank(agency),
      `content.otherAgencies.${index}`,
      `第 ${index + 1} 个涉及的行政机关未填写名称。`,
    ),
  );
  return problems;
}

function timeProblems(fields: RequestFields, context: SubmissionContext): ValidationProblem[] {
  if (!fields.startsAt) return [{ field: 'startsAt', message: '请填写拟发布时间。' }];
  const starts = new Date(fields.startsAt);
  if (starts.getTime() <= context.now.getTime()) {
    return [{ field: 'startsAt', message: '拟发布时间已经过去，请重新选择。' }];
  }
  if (fields.endsAt && new Date(fields.endsAt).getTime() <= starts.getTime()) {
    return [{ field: 'endsAt', message: '结束时间应晚于开始时间。' }];
  }
  if (fields.isEmergency) return [];
  const ahead = workingDaysAhead(shanghaiDate(context.now), shanghaiDate(starts), context.calendar);
  if (ahead >= context.leadWorkingDays) return [];
  return [
    {
      field: 'startsAt',
      message: `距拟发布日期只有 ${ahead} 个工作日，少于规定的提前 ${context.leadWorkingDays} 个工作日报批。请推迟发布时间；如属重大突发事件，请勾选“重大突发事件”。`,
    },
  ];
}
