import { Document, Packer } from 'docx';
import { documentSections } from './documentSections.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { documentStyles } from './pageSetup.ts';
import { withOnlyUsedStyles } from './stylesPart.ts';

/** The docx of an official document, laid out to GB/T 9704-2012. */
export function officialDocx(document: OfficialDocument): Document {
  return new Document({
    title: document.title,
    creator: '新闻发布工作台',
    ...document.properties,
    evenAndOddHeaderAndFooters: true,
    ...documentStyles,
    sections: documentSections(document),
  });
}

/** The .docx file, with only the styles it uses: Word lists every style a file has. */
export async function buildOfficialDocx(document: OfficialDocument): Promise<Buffer> {
  return withOnlyUsedStyles(await Packer.toBuffer(officialDocx(document)));
}
