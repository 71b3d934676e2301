import type { RequestFields } from '../../../shared/domain/requests.ts';

/** A complete request form, due well ahead of the tests' clock (2026-11-27). */
export function completeFields(
  unitId: string,
  overrides: Partial<RequestFields> = {},
): RequestFields {
  return {
    unitId,
    title: '2026年第四季度教育工作新闻发布会',
    form: 'pressConference',
    startsAt: '2026-12-10T09:30:00+08:00',
    endsAt: '2026-12-10T10:30:00+08:00',
    venue: '县政府新闻发布厅',
    isEmergency: false,
    content: {
      conferenceKind: 'routine',
      host: { name: '李主持', title: '县政府新闻办主任' },
      mainSpeaker: { name: '赵发布', title: '县教育体育局局长' },
      spokesperson: { name: '钱发言', title: '县教育体育局新闻发言人' },
      participants: [{ name: '孙参加', title: '副局长' }],
      summary: '通报第四季度全县教育重点工作进展，回应学位供给等社会关切。',
      invitedMedia: [{ name: '县融媒体中心', kind: 'newMedia' }],
      contact: { name: '周联系', phone: '13800138000' },
      otherAgencies: [],
      spokespersonOpinion: '拟同意召开。',
      leaderOpinion: '',
    },
    ...overrides,
  };
}
