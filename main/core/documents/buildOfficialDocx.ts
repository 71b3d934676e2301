import { Document, Packer } from 'docx';
import { documentSections } from './documentSections.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { documentStyles } from './pageSetup.ts';
import { withPrewrittenXml } from './prewrittenXml.ts';
import { finishedDocx } from './stylesPart.ts';

/**
 * The docx of an official document, laid out to GB/T 9704-2012. Packed, it still holds markers
 * for the paragraphs the app writes itself: buildOfficialDocx puts them in.
 */
function officialDocx(document: OfficialDocument): Document {
  return new Document({
    title: document.title,
    creator: '新闻发布工作台',
    ...document.properties,
    evenAndOddHeaderAndFooters: true,
    ...documentStyles,
    sections: documentSections(document),
  });
}

/**
 * The .docx file: the paragraphs the app writes itself put in (prewrittenXml.ts), and only the
 * styles the file uses kept, as Word lists every style a file has.
 */
export async function buildOfficialDocx(document: OfficialDocument): Promise<Buffer> {
  const docx = officialDocx(document);
  return finishedDocx(await Packer.toBuffer(docx), (xml) => withPrewrittenXml(docx, xml));
}
