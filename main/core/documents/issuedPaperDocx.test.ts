import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbt9704Twips, millimetresToTwips } from '../../../shared/documents/gbt9704.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import { markType } from './issuerMark.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { copyToLines, copyToText } from './recordNote.ts';
import { elementAttribute, xmlParagraphs } from './testing/docxXml.ts';
import {
  contentHash,
  issuedApprovalLetter,
  issuedNotice,
  letterNumber,
  noticeNumber,
} from './testing/issuedPaperFixtures.ts';
import { headerOrFooterPart, readDocxPart } from './testing/readDocxPart.ts';

const folder = tempFolder('workbench-issued-');
afterAll(() => folder.remove());

const emus = (millimetres: number): number => millimetresToTwips(millimetres) * 635;
/** The text block's width, 156 mm, as the page's margins leave it. */
const textBlockEmus = gbt9704Twips.textBlock.width * 635;
const built = new Map<string, string>();

async function write(name: string, document: OfficialDocument): Promise<void> {
  const path = join(folder.path, `${name}.docx`);
  writeFileSync(path, await buildOfficialDocx(document));
  built.set(name, path);
}
const pathOf = (name: string): string => built.get(name) ?? '';
/** The sizes (cx × cy, EMUs) of the shapes a part draws. */
const shapeSizes = (xml: string): string[] =>
  [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map(([, cx, cy]) => `${cx}x${cy}`);

beforeAll(async () => {
  await write('notice', issuedNotice());
  await write('short', issuedNotice({ short: true }));
  await write('letter', issuedApprovalLetter());
});

describe('the 发文机关标志', () => {
  it('is as large as fits the text block, from 22 to 36 pt, and narrowed beyond', () => {
    expect(markType('示范县人民政府新闻办公室文件')).toEqual({ sizePoints: 31, scalePercent: 100 });
    expect(markType('示范县人民政府新闻办公室')).toEqual({ sizePoints: 36, scalePercent: 100 });
    expect(markType('新闻办')).toEqual({ sizePoints: 36, scalePercent: 100 });
    const long = markType('中共示范县委宣传部示范县人民政府新闻办公室联合文件');
    expect(long.sizePoints).toBe(22);
    expect(24 * 22 * (long.scalePercent / 100)).toBeLessThanOrEqual(
      gbt9704Twips.textBlock.width / 20,
    );
  });
});

describe('the 版头 in the docx', () => {
  it('of a 通报: the red mark 35 mm below the text block, the 发文字号, a red line 156 mm long', async () => {
    const documentXml = await readDocxPart(pathOf('notice'), 'word/document.xml');
    const [mark, , number] = xmlParagraphs(documentXml);
    expect(mark?.text).toBe('示范县人民政府新闻办公室文件');
    expect(mark?.xml).toContain('<w:color w:val="FF0000"/>');
    expect(mark?.fonts[0]?.eastAsia).toBe('方正小标宋简体');
    expect(elementAttribute(mark?.xml ?? '', 'w:spacing', 'before')).toBe(
      String(millimetresToTwips(35)),
    );
    expect(number?.text).toBe(noticeNumber);
    expect(number?.xml).toContain('<wp:positionV relativeFrom="paragraph">');
    expect(shapeSizes(number?.xml ?? '')).toEqual([`${textBlockEmus}x${emus(0.75)}`]);
  });

  it('of a 审批函: a first page of its own, with the mark in a frame and four red lines', async () => {
    const documentXml = await readDocxPart(pathOf('letter'), 'word/document.xml');
    expect(documentXml).toContain('<w:titlePg/>');
    const header = (await headerOrFooterPart(pathOf('letter'), 'header', 'first')) ?? '';
    const [mark] = xmlParagraphs(header);
    expect(mark?.text).toBe('示范县人民政府新闻办公室');
    expect(elementAttribute(mark?.xml ?? '', 'w:framePr', 'y')).toBe(
      String(millimetresToTwips(30)),
    );
    expect(shapeSizes(header)).toEqual([
      `${emus(170)}x${emus(0.75)}`,
      `${emus(170)}x${emus(0.25)}`,
      `${emus(170)}x${emus(0.25)}`,
      `${emus(170)}x${emus(0.75)}`,
    ]);
    const firstFooter = (await headerOrFooterPart(pathOf('letter'), 'footer', 'first')) ?? '';
    expect(firstFooter).not.toContain('PAGE');
    const [number] = xmlParagraphs(documentXml);
    expect(number?.text).toBe(letterNumber);
    expect(elementAttribute(number?.xml ?? '', 'w:jc', 'val')).toBe('right');
  });
});

describe('the 版记 in the docx', () => {
  it('writes 抄送 with a full-width colon, names parted by ，and a full stop', () => {
    expect(copyToText(['县委办公室', '县政协办公室'])).toBe('抄送：县委办公室，县政协办公室。');
    expect(copyToLines(copyToText(['县委办公室', '县政协办公室']))).toBe(1);
    // 53 characters: 29 on the first line, the rest after the colon.
    expect(copyToLines(copyToText(Array.from({ length: 5 }, () => '县人大常委会办公室')))).toBe(2);
  });

  it('draws thick, thin and thick lines 156 mm long around 抄送 and 印发', async () => {
    const documentXml = await readDocxPart(pathOf('notice'), 'word/document.xml');
    // After the 成文日期: the paragraph holding the 版记's text box and lines.
    const foot = documentXml.slice(documentXml.lastIndexOf('2026年12月5日</w:t>'));
    expect(foot).toContain('抄送：县委办公室，县人大常委会办公室，县政协办公室。');
    expect(foot).toContain('2026年12月5日印发');
    expect(shapeSizes(foot).slice(1)).toEqual([
      `${textBlockEmus}x${emus(0.35)}`,
      `${textBlockEmus}x${emus(0.25)}`,
      `${textBlockEmus}x${emus(0.35)}`,
    ]);
  });

  it('keeps the last paragraph, the 落款 and the 版记 together', async () => {
    const paragraphs = xmlParagraphs(await readDocxPart(pathOf('notice'), 'word/document.xml'));
    const closing = paragraphs.findIndex((paragraph) => paragraph.text === '特此通报。');
    // The last paragraph, the empty line, the organisation and the date: kept with what follows.
    expect(
      paragraphs
        .slice(closing, closing + 4)
        .map((paragraph) => paragraph.xml.includes('<w:keepNext/>')),
    ).toEqual([true, true, true, true]);
    expect(paragraphs[closing + 3]?.text).toBe('2026年12月5日');
  });

  it('goes in an unnumbered section starting on an even page after text ending on page 1', async () => {
    const documentXml = await readDocxPart(pathOf('short'), 'word/document.xml');
    const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
    expect(sections).toHaveLength(2);
    expect(sections[1]?.[0]).toContain('<w:type w:val="evenPage"/>');
    const relationships = await readDocxPart(pathOf('short'), 'word/_rels/document.xml.rels');
    for (const [, id] of (sections[1]?.[0] ?? '').matchAll(
      /<w:footerReference [^>]*r:id="([^"]+)"/g,
    )) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relationships)?.[1];
      expect(await readDocxPart(pathOf('short'), `word/${target}`)).not.toContain('PAGE');
    }
  });
});

describe('the 审批函’s hash', () => {
  it('is printed short at the foot and kept whole in the file’s properties', async () => {
    const documentXml = await readDocxPart(pathOf('letter'), 'word/document.xml');
    expect(documentXml).toContain('审批内容校验码：F86E-1A92');
    expect(documentXml).not.toContain(contentHash);
    const core = await readDocxPart(pathOf('letter'), 'docProps/core.xml');
    expect(core).toContain(`审批内容校验码（SHA-256）：${contentHash}`);
  });
});
