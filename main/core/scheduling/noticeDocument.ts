import type { NoticeDraft } from '../../../shared/domain/schedulingNotice.ts';
import type { DocumentBlock, OfficialDocument } from '../documents/officialDocument.ts';

const blank = (text: string): boolean => text.trim() === '';

/** The edited 通报 laid out as an official document: exactly the text the news office left. */
export function noticeDocument(draft: NoticeDraft): OfficialDocument {
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
  // The news office breaks a long title where it reads well (回行): one line per line typed.
  const titleLines = draft.title
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    title: titleLines.join(''),
    ...(titleLines.length > 1 ? { titleLines } : {}),
    blocks,
    ...(blank(draft.organisation)
      ? {}
      : {
          closing: {
            organisation: draft.organisation,
            date: { year: year ?? 0, month: month ?? 0, day: day ?? 0 },
          },
        }),
  };
}
