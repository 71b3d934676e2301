import type { NoticeDraft } from '../../../../shared/domain/schedulingNotice.ts';
import { approvalLetterDocument } from '../../requests/approvalLetterDocument.ts';
import { noticeDocument } from '../../scheduling/noticeDocument.ts';
import { completeFields } from '../../testing/requests.ts';
import type { OfficialDocument } from '../officialDocument.ts';

export const officeName = '示范县人民政府新闻办公室';
export const noticeNumber = '示政新〔2026〕3号';
export const letterNumber = '示政新函〔2026〕12号';
export const contentHash = `f86e1a92${'3c'.repeat(28)}`;

const laggards = ['城关镇人民政府', '县卫生健康局', '县民政局', '县交通运输局', '县农业农村局'];

/**
 * A 通报 as the news office drafts it; `extra` lengthens it by two or three lines a step, and
 * `short` leaves only the opening, so that its text ends on the first page.
 */
export function noticeDraftFixture(options: { extra?: number; short?: boolean } = {}): NoticeDraft {
  const extra = options.extra ?? 0;
  const demands = Array.from(
    { length: extra },
    (_, index) =>
      `请各单位于每季度末前将下季度新闻发布计划报县政府新闻办公室备案，第${index + 1}项要求须认真落实。`,
  );
  return {
    title: '关于2026年第三季度全县新闻发布\n工作情况的通报',
    addressee: '各乡镇人民政府，工业园区管委会，县政府各部门：',
    opening:
      '根据《示范县人民政府关于进一步加强政务公开和新闻发布工作的实施意见》要求，现将2026年第三季度全县新闻发布工作情况通报如下。',
    sections: options.short
      ? []
      : [
          {
            heading: '一、总体情况',
            style: 'paragraphs',
            lines: ['第三季度，全县各单位经审批举办新闻发布会2场，开展政府网站在线访谈1次。'],
          },
          { heading: '二、达到要求的单位', style: 'paragraphs', lines: ['县教育体育局。'] },
          {
            heading: '三、未达到要求的单位',
            style: 'list',
            lines: laggards
              .slice(0, 1 + Math.min(extra, 4))
              .map((unit) => `${unit}：未举办新闻发布会。`),
          },
          {
            heading: '四、下一步工作要求',
            style: 'paragraphs',
            lines: [
              '各单位要严格落实每季度至少举办一次新闻发布会的要求，主动回应社会关切。',
              ...demands,
            ],
          },
        ],
    closing: '特此通报。',
    organisation: officeName,
    date: '2026-12-05',
  };
}

/** The 通报 as issued: numbered by the register. */
export function issuedNotice(options: { extra?: number; short?: boolean } = {}): OfficialDocument {
  const notice = noticeDocument(noticeDraftFixture(options));
  if (!notice.issuer) throw new Error('The 通报 has no 版头');
  return { ...notice, issuer: { ...notice.issuer, documentNumber: noticeNumber } };
}

/** The 审批函 of the tests' request, numbered, with a copy to the 主管部门. */
export function issuedApprovalLetter(): OfficialDocument {
  const letter = approvalLetterDocument({
    fields: completeFields('unit'),
    unitName: '县教育体育局',
    decisions: [],
    contentHash,
    approvedAt: '2026-11-27T10:00:00+08:00',
    officeName,
  });
  if (!letter.issuer) throw new Error('The 审批函 has no 版头');
  return {
    ...letter,
    issuer: { ...letter.issuer, documentNumber: letterNumber },
    recordNote: { copyTo: ['县委宣传部'] },
  };
}
