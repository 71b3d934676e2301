import type { RequestFields } from '../../../shared/domain/requests.ts';

/** A filled-in request form for a demo event. */
export function demoRequestFields(
  unitId: string,
  title: string,
  eventDate: string,
  time = '09:30',
  isEmergency = false,
): RequestFields {
  const [hours, minutes] = time.split(':').map(Number);
  const end = `${String((hours ?? 9) + 1).padStart(2, '0')}:${String(minutes ?? 0).padStart(2, '0')}`;
  return {
    unitId,
    title,
    form: 'pressConference',
    startsAt: `${eventDate}T${time}:00+08:00`,
    endsAt: `${eventDate}T${end}:00+08:00`,
    venue: '县政府新闻发布厅',
    isEmergency,
    content: {
      conferenceKind: isEmergency ? 'emergency' : 'routine',
      host: { name: '刘审核', title: '县政府新闻办公室副主任' },
      mainSpeaker: { name: '王局长', title: '主要负责同志' },
      spokesperson: { name: '钱发言', title: '新闻发言人' },
      participants: [{ name: '孙科长', title: '业务科室负责人' }],
      summary: `${title.replace(/新闻发布会$/, '')}有关情况，回应社会关切。`,
      invitedMedia: [
        { name: '县融媒体中心', kind: 'newMedia' },
        { name: '市日报社', kind: 'newspaper' },
        { name: '市广播电视台', kind: 'television' },
      ],
      contact: { name: '周联系', phone: '0791-86001234' },
      otherAgencies: [],
      spokespersonOpinion: '拟同意召开，口径已准备。',
      leaderOpinion: '',
    },
  };
}
