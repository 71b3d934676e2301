import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { balancedTitleLines } from '../../../shared/documents/titleLines.ts';
import type {
  Decision,
  DecisionLevel,
  Person,
  RequestFields,
} from '../../../shared/domain/requests.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { shortCode } from '../audit/chainKey.ts';
import { tableLineTwips } from '../documents/blocks/tableMetrics.ts';
import type { DocumentBlock, OfficialDocument } from '../documents/officialDocument.ts';
import { formTextSize, layOutOnePageForm, type FormField, type FormRow } from './onePageForm.ts';
import { labels } from './requestLabels.ts';

export interface RequestForDocument {
  readonly fields: RequestFields;
  readonly unitName: string;
  readonly decisions: readonly Decision[];
  readonly contentHash: string;
}

export const requestFormTitle = '新闻发布会审批表';
/** Room kept free under the form: the line heights are estimates. */
const spareTwips = 80;

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

const field = (label: string | readonly string[], value: string, attachAs?: string): FormField => ({
  label: typeof label === 'string' ? [label] : label,
  value,
  ...(attachAs ? { attachAs } : {}),
});

/** The form's rows: two fields side by side where both are short, the opinions last. */
function formRows(request: RequestForDocument): FormRow[] {
  const { fields, decisions } = request;
  const { content } = fields;
  const time = [
    formatShanghaiDateTime(fields.startsAt),
    formatShanghaiDateTime(fields.endsAt).split(' ')[1],
  ]
    .filter(Boolean)
    .join(' 至 ');
  const form =
    labels.forms[fields.form] +
    (fields.form === 'pressConference' && content.conferenceKind
      ? `（${labels.conferenceKinds[content.conferenceKind]}）`
      : '');
  const media = content.invitedMedia
    .map((outlet) => `${outlet.name}（${labels.mediaKinds[outlet.kind]}）`)
    .join('、');
  const agencies =
    content.otherAgencies.length > 0 ? `是：${content.otherAgencies.join('、')}` : '否';
  const wide = (item: FormField): FormRow => ({ kind: 'wide', field: item });
  const pair = (left: FormField, right: FormField): FormRow => ({ kind: 'pair', left, right });
  const opinionRow = (item: FormField): FormRow => ({ kind: 'opinion', field: item });
  return [
    wide(field('申请单位', request.unitName)),
    wide(field('发布会名称', fields.title, '发布会名称')),
    wide(field('拟发布时间', time)),
    wide(field('拟发布地点', fields.venue, '拟发布地点')),
    pair(
      field('发布形式', form),
      field(['是否重大', '突发事件'], fields.isEmergency ? '是' : '否'),
    ),
    pair(
      field('主持人', person(content.host), '主持人'),
      field('主发布人', person(content.mainSpeaker), '主发布人'),
    ),
    pair(
      field('新闻发言人', person(content.spokesperson), '新闻发言人'),
      field(['联系人', '及电话'], `${content.contact.name} ${content.contact.phone}`.trim()),
    ),
    wide(field('参加人员', orNone(content.participants.map(person).join('；')), '参加人员')),
    wide(field(['拟发布内容', '（摘要）'], content.summary, '拟发布内容（摘要）')),
    wide(field('拟邀媒体', orNone(media), '拟邀媒体')),
    wide(field(['涉及其他', '行政机关'], agencies, '涉及其他行政机关')),
    opinionRow(
      field(['新闻发言人', '拟办意见'], content.spokespersonOpinion, '新闻发言人拟办意见'),
    ),
    opinionRow(
      field(
        ['单位负责人', '意见'],
        opinion(decisions, 'unit') || content.leaderOpinion,
        '单位负责人意见',
      ),
    ),
    opinionRow(
      field(
        ['县政府', '新闻办公室', '审核意见'],
        opinion(decisions, 'newsOffice'),
        '县政府新闻办公室审核意见',
      ),
    ),
    opinionRow(
      field(['主管部门', '审批意见'], opinion(decisions, 'authority'), '主管部门审批意见'),
    ),
  ];
}

/** The fingerprint of the request's content as printed: its first eight hex digits, F86E-1A92. */
export const contentCode = (contentHash: string): string => shortCode(contentHash);

const noteLine = (contentHash: string): string => `报批内容校验码：${contentCode(contentHash)}`;

/**
 * 新闻发布会审批表: every field of the request and each level's opinion with room to sign, on one
 * A4 page. A value too long for the page continues on a 附页 after it. The content hash is printed
 * short under the form; the file's properties hold it in full.
 */
export function requestFormDocument(request: RequestForDocument): OfficialDocument {
  const titleLines = balancedTitleLines(requestFormTitle);
  const noteTwips = tableLineTwips(formTextSize, gbt9704Twips.linePitch);
  // The title's lines and the empty line under it are body lines; a little is kept to spare.
  const capacity =
    gbt9704Twips.textBlock.height -
    (titleLines.length + 1) * gbt9704Twips.linePitch -
    noteTwips -
    spareTwips;
  const layout = layOutOnePageForm(formRows(request), capacity);
  const attachment: DocumentBlock[] = layout.attached.flatMap(({ heading, text }, index) => [
    index === 0 ? { kind: 'pageBreak' as const } : { kind: 'paragraph' as const, runs: [] },
    {
      kind: 'paragraph' as const,
      align: 'left' as const,
      firstLineIndent: false,
      runs: [{ text: `附页：${heading}`, bold: true }],
    },
    ...text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ kind: 'paragraph' as const, runs: [line.trim()] })),
  ]);
  return {
    title: requestFormTitle,
    blocks: [
      layout.table,
      {
        kind: 'paragraph',
        align: 'right',
        textSize: formTextSize,
        runs: [noteLine(request.contentHash)],
      },
      ...attachment,
    ],
    properties: {
      description: `${requestFormTitle}。报批内容校验码（SHA-256）：${request.contentHash}`,
      keywords: request.contentHash,
    },
  };
}
