import { halfPoints } from '../../../shared/documents/gbt9704.ts';
import { fontByRole, fontSizeByRole } from './fonts.ts';
import type { HeadingBlock } from './officialDocument.ts';

export const titleStyleId = 'OfficialTitle';
export const tableTextStyleId = 'OfficialTableText';
/** 版头 and 版记: 发文机关标志, 发文字号, the lines around them, placed to the twip off the grid. */
export const headStyleId = 'OfficialHead';

type HeadingKind = HeadingBlock['kind'];
const headingKinds = [
  'heading1',
  'heading2',
  'heading3',
  'heading4',
] as const satisfies readonly HeadingKind[];

/** Word's own ids and names ("heading 1"), so that Word and WPS take them for outline levels. */
export const headingStyleIds = {
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
} as const satisfies Record<HeadingKind, string>;

/**
 * A heading style of GB/T 9704 7.3.3: the level's font at 3号, no colour, bold or spacing of its
 * own (the body grid holds), and its outline level for the navigation pane. Not kept with the next
 * paragraph, which would leave a page short of its 22 lines. Every property a word processor's own
 * heading style may have is said: LibreOffice takes "heading 1" for its Heading 1 and keeps what
 * the file leaves unsaid (bold, keep with next).
 */
function headingStyle(kind: HeadingKind, outlineLevel: number): string {
  const font = fontByRole[kind];
  const size = halfPoints(fontSizeByRole[kind]);
  return `<w:style w:type="paragraph" w:styleId="${headingStyleIds[kind]}">\
<w:name w:val="heading ${outlineLevel + 1}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/>\
<w:widowControl w:val="0"/><w:outlineLvl w:val="${outlineLevel}"/></w:pPr>\
<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}" w:hint="eastAsia"/>\
<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>\
<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

/**
 * The styles the builder's paragraphs name (stylesPart.ts leaves out those a file does not use).
 * Paragraph properties docx has no option for. Normal: no widow control, which would take a line
 * off a full page. Title, table text and head (版头, 版记): off the line grid, so that their exact
 * line heights hold in LibreOffice as in Word (LibreOffice gives a 2号 line two grid lines; Word
 * keeps the grid out of tables).
 */
export const externalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
<w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${titleStyleId}"><w:name w:val="Official Title"/>\
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${tableTextStyleId}">\
<w:name w:val="Official Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${headStyleId}"><w:name w:val="Official Head"/>\
<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>
${headingKinds.map((kind, level) => headingStyle(kind, level)).join('\n')}
</w:styles>`;
