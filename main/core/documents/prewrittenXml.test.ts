import { crc32 } from 'node:zlib';
import { Document, Packer, PageBreak, Paragraph, SectionType, TextRun } from 'docx';
import type { IParagraphOptions, IRunOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import type { TextRole } from './fonts.ts';
import type { InlineText, ParagraphAlignment } from './officialDocument.ts';
import { titleStyleId } from './paragraphStyles.ts';
import {
  alignmentTypes,
  bodyParagraph,
  firstLineIndent,
  gridLineSpacing,
} from './paragraphLayout.ts';
import { withPrewrittenXml } from './prewrittenXml.ts';
import { finishedDocx } from './stylesPart.ts';
import { runPropertiesFor, textRuns } from './textRuns.ts';
import { entryBytes, readZipEntries } from './zipEntries.ts';

interface Case {
  readonly pieces: readonly InlineText[];
  readonly role?: TextRole;
  readonly align?: ParagraphAlignment;
  readonly indentFirstLine?: boolean;
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
}

const cases: readonly Case[] = [
  { pieces: [{ text: '[李主持]', bold: true }, ' 各位记者朋友，上午好！ [09:30]'] },
  { pieces: ['“引号”与 & < > " \' 和\u0001控制字符'], align: 'left', indentFirstLine: false },
  { pieces: [{ text: '斜体', italic: true }, { text: '下划线', underline: true }, ''] },
  { pieces: ['标题'], role: 'title', align: 'centre', style: titleStyleId },
  { pieces: ['落款'], align: 'right', keepNext: true, pageBreakBefore: true },
  { pieces: [], indentFirstLine: false },
];

/** The paragraph as docx writes it from its own objects, the way the builders made it before. */
function docxParagraph(entry: Case): Paragraph {
  const role = entry.role ?? 'body';
  const align = entry.align ?? 'justify';
  const narrowed = role === 'body' ? { scale: gbt9704Twips.bodyCharacterScalePercent } : {};
  const runs = entry.pieces.map((piece) => {
    const { text, bold, italic, underline } = typeof piece === 'string' ? { text: piece } : piece;
    const options: IRunOptions = {
      ...runPropertiesFor(role),
      ...narrowed,
      text,
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italics: true } : {}),
      ...(underline ? { underline: {} } : {}),
    };
    return new TextRun(options);
  });
  const indent = (entry.indentFirstLine ?? align === 'justify') ? firstLineIndent : undefined;
  const options: IParagraphOptions = {
    children: runs,
    ...(entry.style ? { style: entry.style } : {}),
    alignment: alignmentTypes[align],
    spacing: gridLineSpacing,
    ...(indent ? { indent } : {}),
    ...(entry.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(entry.keepNext ? { keepNext: true } : {}),
  };
  return new Paragraph(options);
}

const appParagraph = (entry: Case): Paragraph =>
  bodyParagraph({
    children: textRuns(entry.pieces, entry.role ?? 'body'),
    ...(entry.align ? { align: entry.align } : {}),
    ...(entry.indentFirstLine === undefined ? {} : { indentFirstLine: entry.indentFirstLine }),
    ...(entry.style ? { style: entry.style } : {}),
    keepNext: entry.keepNext ?? false,
    pageBreakBefore: entry.pageBreakBefore ?? false,
  });

/** Two sections, so that the first one ends at a paragraph that takes the section's properties. */
const twoSections = (first: readonly Paragraph[], second: readonly Paragraph[]): Document =>
  new Document({
    sections: [
      { children: [...first] },
      { properties: { type: SectionType.EVEN_PAGE }, children: [...second] },
    ],
  });

const utf8 = new TextDecoder();

function documentXml(docx: Uint8Array): string {
  const entry = readZipEntries(docx).find(({ name }) => name === 'word/document.xml');
  return entry === undefined ? '' : utf8.decode(entryBytes(entry));
}

describe('paragraphs the app writes itself', () => {
  it('are byte for byte what docx writes for the same paragraph, a section end included', async () => {
    const expected = twoSections(cases.map(docxParagraph), cases.map(docxParagraph));
    const app = twoSections(cases.map(appParagraph), cases.map(appParagraph));
    const packed = await Packer.toBuffer(app);
    expect(documentXml(packed)).toContain('<workbench:prewritten n="0"/>');
    const finished = finishedDocx(packed, (xml) => withPrewrittenXml(app, xml));
    const written = documentXml(finished);
    expect(written).not.toContain('workbench:');
    expect(written.match(/<w:sectPr\b/g)).toHaveLength(2);
    expect(written).toBe(documentXml(await Packer.toBuffer(expected)));
  });

  it('are left to docx when they hold anything but text runs', async () => {
    const app = twoSections([bodyParagraph({ children: [new PageBreak()] })], []);
    expect(documentXml(await Packer.toBuffer(app))).not.toContain('workbench:');
  });
});

describe('a finished docx', () => {
  it('has every entry’s CRC-32 and size matching its bytes, the changed ones included', async () => {
    const app = twoSections(cases.map(appParagraph), []);
    const finished = finishedDocx(await Packer.toBuffer(app), (xml) => withPrewrittenXml(app, xml));
    const view = new DataView(finished.buffer, finished.byteOffset, finished.byteLength);
    const entries = readZipEntries(finished);
    expect(entries.map(({ name }) => name)).toContain('word/styles.xml');
    for (const entry of entries) {
      const bytes = entryBytes(entry);
      const header = new DataView(entry.local.buffer, entry.local.byteOffset, 30);
      expect(header.getUint32(14, true), entry.name).toBe(crc32(bytes));
      expect(header.getUint32(22, true), entry.name).toBe(bytes.length);
    }
    const end = finished.length - 22;
    expect(view.getUint16(end + 10, true)).toBe(entries.length);
  });
});
