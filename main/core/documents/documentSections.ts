import { SectionType } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { buildBlocks } from './blocks/blockBuilders.ts';
import { keepsLastBlockWithClosing } from './closingKeep.ts';
import { closingParagraphs } from './closingParagraphs.ts';
import { confidentialityMarkParagraphs } from './confidentialityMarkParagraphs.ts';
import { fileHeadParagraphs } from './fileHead.ts';
import { headerMarkHeaders } from './headerMarkHeaders.ts';
import { letterFirstPageHeader, letterHeadParagraphs } from './letterHead.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { blankFooter, pageNumberFooters } from './pageNumberFooters.ts';
import { sectionProperties } from './pageSetup.ts';
import { pinnedFoot } from './pinnedFoot.ts';
import { recordNoteOnLastTextPage } from './recordNotePlacement.ts';
import { footRows } from './recordNote.ts';
import { closingLines } from './textEnd.ts';
import { titleParagraphs } from './titleParagraphs.ts';

/** What comes before the title: the 密级 and the 版头 of either format. */
function headParagraphs(document: OfficialDocument): FileChild[] {
  const { issuer } = document;
  if (issuer?.format === 'letter') {
    return letterHeadParagraphs(issuer, document.confidentialityMark?.trim() || undefined);
  }
  const confidentiality = confidentialityMarkParagraphs(document);
  if (issuer?.format !== 'file') return confidentiality;
  const above = confidentiality.length * gbt9704Twips.linePitch;
  return [...confidentiality, ...fileHeadParagraphs(issuer, above)];
}

/**
 * The sections of an official document. The 信函格式 has a first page of its own: the mark and
 * the red double lines in its header, no page number. A 版记 (or foot line) is pinned to the foot
 * of the last page of text, or, for a 文件格式 whose text ends on an odd page or without room for
 * it, of the next even page: a section of its own, unnumbered (see recordNoteOnLastTextPage).
 */
export function documentSections(document: OfficialDocument): ISectionOptions[] {
  const { issuer, headerMark, closing } = document;
  const letter = issuer?.format === 'letter';
  const rows = footRows(document);
  const foot = rows.length > 0 ? pinnedFoot(rows) : undefined;
  const footOnTextPage =
    foot !== undefined && (letter || recordNoteOnLastTextPage(document, foot.reservedLines));
  const markHeaders = headerMark ? headerMarkHeaders(headerMark) : undefined;
  const firstSection: ISectionOptions = {
    properties: { ...sectionProperties, ...(letter ? { titlePage: true } : {}) },
    ...(markHeaders || (letter && issuer)
      ? {
          headers: {
            ...markHeaders,
            ...(letter && issuer ? { first: letterFirstPageHeader(issuer, headerMark) } : {}),
          },
        }
      : {}),
    footers: { ...pageNumberFooters(), ...(letter ? { first: blankFooter() } : {}) },
    children: [
      ...headParagraphs(document),
      ...titleParagraphs(document),
      ...buildBlocks(document.blocks, {
        keepLastWithNext: keepsLastBlockWithClosing(
          document,
          (closing ? closingLines : 0) + (foot && footOnTextPage ? foot.reservedLines : 0),
        ),
      }),
      ...(closing ? closingParagraphs(closing, { keepWithNext: footOnTextPage }) : []),
      ...(foot && footOnTextPage ? [foot.paragraph] : []),
    ],
  };
  if (!foot || footOnTextPage) return [firstSection];
  return [
    firstSection,
    {
      properties: { ...sectionProperties, type: SectionType.EVEN_PAGE },
      ...(markHeaders ? { headers: markHeaders } : {}),
      footers: { default: blankFooter(), even: blankFooter() },
      children: [foot.paragraph],
    },
  ];
}
