import type { Person } from '../../../shared/domain/requests.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { shortCode } from '../audit/chainKey.ts';
import type { OfficialDocument } from '../documents/officialDocument.ts';
import type { RequestForDocument } from './requestFormDocument.ts';

const speaker = (value: Person): string => `${value.title}${value.name}`;

/**
 * 审批函 in the 信函格式: the news office's letter granting the request, bound to the approved
 * content's hash, printed short (校验码) at the foot and in full in the file's properties.
 */
export function approvalLetterDocument(
  request: RequestForDocument & { readonly approvedAt: string; readonly officeName: string },
): OfficialDocument {
  const { fields } = request;
  const { content } = fields;
  const when = formatShanghaiDateTime(fields.startsAt);
  const [date, time] = when.split(' ');
  return {
    title: `关于同意召开${fields.title}的函`,
    issuer: { format: 'letter', mark: request.officeName },
    blocks: [
      { kind: 'paragraph', align: 'left', firstLineIndent: false, runs: [`${request.unitName}：`] },
      {
        kind: 'paragraph',
        runs: [
          `你单位报来的《关于召开${fields.title}的请示》收悉。经审核，并经主管部门审批同意，现函复如下：`,
        ],
      },
      {
        kind: 'paragraph',
        runs: [
          `一、同意你单位于${date ?? ''}${time ? ` ${time}` : ''}在${fields.venue}召开${fields.title}。`,
        ],
      },
      {
        kind: 'paragraph',
        runs: [
          `二、发布会由${speaker(content.host) || '你单位指定人员'}主持，${speaker(content.mainSpeaker)}发布，新闻发言人${content.spokesperson.name}负责答问口径。`,
        ],
      },
      {
        kind: 'paragraph',
        runs: [
          '三、请严格按照审定的发布辞和答问口径发布信息，做好保密审查；涉及其他行政机关的内容，应事先沟通确认，确保发布信息准确、一致。',
        ],
      },
      {
        kind: 'paragraph',
        runs: [
          '四、发布时间、地点、主题或内容如有变化，本函自动失效，须重新报批。未经审批同意，不得擅自发布信息。',
        ],
      },
      { kind: 'paragraph', runs: ['特此函复。'] },
    ],
    closing: { organisation: request.officeName, date: new Date(request.approvedAt) },
    footLine: `审批内容校验码：${shortCode(request.contentHash)}`,
    properties: {
      description: `审批内容校验码（SHA-256）：${request.contentHash}`,
      keywords: request.contentHash,
    },
  };
}
