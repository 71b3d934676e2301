import { Document, Packer } from 'docx';
import { buildBlocks } from './blocks/blockBuilders.ts';
import { closingParagraphs } from './closingParagraphs.ts';
import { headerMarkHeaders } from './headerMarkHeaders.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { pageNumberFooters } from './pageNumberFooters.ts';
import { documentStyles, sectionProperties } from './pageSetup.ts';
import { titleParagraphs } from './titleParagraphs.ts';

/** The docx of an official document, laid out to GB/T 9704-2012. */
export function officialDocx(document: OfficialDocument): Document {
  return new Document({
    title: document.title,
    creator: '新闻发布工作台',
    evenAndOddHeaderAndFooters: true,
    ...documentStyles,
    sections: [
      {
        properties: sectionProperties,
        ...(document.headerMark ? { headers: headerMarkHeaders(document.headerMark) } : {}),
        footers: pageNumberFooters(),
        children: [
          ...titleParagraphs(document),
          ...buildBlocks(document.blocks),
          ...(document.closing ? closingParagraphs(document.closing) : []),
        ],
      },
    ],
  });
}

export function buildOfficialDocx(document: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(officialDocx(document));
}
