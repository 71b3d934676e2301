import type { NoticeDraft } from '../../../shared/domain/schedulingNotice.ts';
import type { DocumentBlock, OfficialDocument } from '../documents/officialDocument.ts';

const blank = (text: string): boolean => text.trim() === '';

/** 抄送 of a 通报 on the county's press work: the county's Party, congress and CPPCC offices. */
export const noticeCopyTo = ['县委办公室', '县人大常委会办公室', '县政协办公室'];

/**
 * The edited 通报 laid out as an official document: exactly the text the news office left, under
 * the 文件格式 版头 of `officeName` (the 落款's organisation by default) with its 版记. Without a
 * 发文字号: the register numbers it when it is issued.
 */
export function noticeDocument(
  draft: NoticeDraft,
  officeName: string = draft.organisation.trim(),
): OfficialDocument {
  const blocks: DocumentBlock[] = [];
  if (!blank(draft.addressee))
    blocks.push({
      kind: 'paragraph',
      align: 'left',
      firstLineIndent: false,
      runs: [draft.addressee],
    });
  if (!blank(draft.opening)) blocks.push({ kind: 'paragraph', runs: [draft.opening] });
  for (const section of draft.sections) {
    if (!blank(section.heading)) blocks.push({ kind: 'heading1', runs: [section.heading] });
    const lines = section.lines.filter((line) => !blank(line));
    if (lines.length === 0) continue;
    if (section.style === 'list')
      blocks.push({ kind: 'list', style: 'decimal', items: lines.map((line) => [line]) });
    else for (const line of lines) blocks.push({ kind: 'paragraph', runs: [line] });
  }
  if (!blank(draft.closing)) blocks.push({ kind: 'paragraph', runs: [draft.closing] });
  const [year, month, day] = draft.date.split('-').map(Number);
  const date = { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  // The news office breaks a long title where it reads well (回行): one line per line typed.
  const titleLines = draft.title
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    title: titleLines.join(''),
    ...(titleLines.length > 1 ? { titleLines } : {}),
    blocks,
    ...(blank(draft.organisation) ? {} : { closing: { organisation: draft.organisation, date } }),
    ...(blank(officeName)
      ? {}
      : {
          issuer: { format: 'file', mark: `${officeName}文件` },
          recordNote: { copyTo: noticeCopyTo, printedBy: officeName, printedOn: date },
        }),
  };
}
