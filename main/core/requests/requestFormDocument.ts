import type {
  Decision,
  DecisionLevel,
  Person,
  RequestFields,
} from '../../../shared/domain/requests.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import type { OfficialDocument } from '../documents/officialDocument.ts';
import { labels } from './requestLabels.ts';

export interface RequestForDocument {
  readonly fields: RequestFields;
  readonly unitName: string;
  readonly decisions: readonly Decision[];
  readonly contentHash: string;
}

const person = (value: Person): string => [value.name, value.title].filter(Boolean).join('，');
const orNone = (text: string): string => (text.trim() === '' ? '无' : text);

function opinion(decisions: readonly Decision[], level: DecisionLevel): string {
  const decision = [...decisions]
    .reverse()
    .find((item) => item.level === level && item.voidedAt === null);
  if (!decision) return '';
  const verdict = labels.decisionKinds[decision.kind];
  const comment = decision.comment.trim().replace(/[。.]$/, '');
  const when = formatShanghaiDateTime(decision.decidedAt).split(' ')[0];
  return `${comment && comment !== verdict ? `${verdict}。${comment}。` : `${verdict}。`}（${decision.decidedByName}，${when}）`;
}

/** 新闻发布会审批表: every field of the request and each level's opinion, as a two-column form. */
export function requestFormDocument(request: RequestForDocument): OfficialDocument {
  const { fields, decisions } = request;
  const { content } = fields;
  const time = [
    formatShanghaiDateTime(fields.startsAt),
    formatShanghaiDateTime(fields.endsAt).split(' ')[1],
  ]
    .filter(Boolean)
    .join(' 至 ');
  const rows: [string, string][] = [
    ['申请单位', request.unitName],
    ['发布会名称', fields.title],
    [
      '发布形式',
      labels.forms[fields.form] +
        (fields.form === 'pressConference' && content.conferenceKind
          ? `(${labels.conferenceKinds[content.conferenceKind]})`
          : ''),
    ],
    ['拟发布时间', time],
    ['拟发布地点', fields.venue],
    ['主持人', person(content.host)],
    ['主发布人', person(content.mainSpeaker)],
    ['新闻发言人', person(content.spokesperson)],
    ['参加人员', orNone(content.participants.map(person).join('；'))],
    ['拟发布内容', content.summary],
    [
      '拟邀媒体',
      orNone(
        content.invitedMedia
          .map((outlet) => `${outlet.name}(${labels.mediaKinds[outlet.kind]})`)
          .join('、'),
      ),
    ],
    ['联系人及电话', `${content.contact.name} ${content.contact.phone}`],
    [
      '是否涉及其他行政机关',
      content.otherAgencies.length > 0 ? `是：${content.otherAgencies.join('、')}` : '否',
    ],
    ['是否重大突发事件', fields.isEmergency ? '是' : '否'],
    ['新闻发言人拟办意见', content.spokespersonOpinion],
    ['单位负责人意见', opinion(decisions, 'unit') || content.leaderOpinion],
    ['县政府新闻办公室审核意见', opinion(decisions, 'newsOffice')],
    ['主管部门审批意见', opinion(decisions, 'authority')],
  ];
  return {
    title: '新闻发布会审批表',
    blocks: [
      {
        kind: 'table',
        columnWidths: [1, 2.6],
        textSize: 'small',
        rows: rows.map(([label, value]) => [
          { runs: [{ text: label, bold: true }], align: 'centre' },
          value,
        ]),
      },
      {
        kind: 'paragraph',
        align: 'left',
        firstLineIndent: false,
        runs: ['报批内容校验码（SHA-256）：'],
      },
      { kind: 'paragraph', align: 'left', firstLineIndent: false, runs: [request.contentHash] },
    ],
  };
}
