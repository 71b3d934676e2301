import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import { closingPlacement, widthInCharacters } from './closingParagraphs.ts';
import { footerDistance } from './pageNumberFooters.ts';
import { everyBlockDocument, longRelease } from './testing/documentFixtures.ts';
import { elementAttribute, xmlParagraphs } from './testing/docxXml.ts';
import type { XmlParagraph } from './testing/docxXml.ts';
import { defined } from './testing/defined.ts';
import { headerOrFooterPart, listDocxParts, readDocxPart } from './testing/readDocxPart.ts';

const folder = tempFolder('workbench-docx-');
const headerMark = '草稿 · 未经审批';
let draftPath = '';
let releasePath = '';
let documentXml = '';
let paragraphs: XmlParagraph[] = [];

beforeAll(async () => {
  draftPath = join(folder.path, 'every-block.docx');
  releasePath = join(folder.path, 'long-release.docx');
  writeFileSync(draftPath, await buildOfficialDocx(everyBlockDocument(headerMark)));
  writeFileSync(releasePath, await buildOfficialDocx(longRelease()));
  documentXml = await readDocxPart(draftPath, 'word/document.xml');
  paragraphs = xmlParagraphs(documentXml);
});
afterAll(() => folder.remove());

const paragraphWithText = (start: string): XmlParagraph => {
  const found = paragraphs.find((paragraph) => paragraph.text.startsWith(start));
  if (!found) throw new Error(`No paragraph starts with ${start}`);
  return found;
};
const eastAsianFonts = (paragraph: XmlParagraph): string[] => [
  ...new Set(paragraph.fonts.map((fonts) => fonts.eastAsia ?? '')),
];

describe('the page of an official docx', () => {
  it('is A4 with the GB/T 9704 margins and a grid of 22 lines', () => {
    expect(elementAttribute(documentXml, 'w:pgSz', 'w')).toBe('11906');
    expect(elementAttribute(documentXml, 'w:pgSz', 'h')).toBe('16838');
    const margin = (side: string) => Number(elementAttribute(documentXml, 'w:pgMar', side));
    expect([margin('top'), margin('left'), margin('right'), margin('bottom')]).toEqual([
      2098, 1587, 1474, 1984,
    ]);
    expect(margin('footer')).toBe(footerDistance);
    expect(elementAttribute(documentXml, 'w:docGrid', 'type')).toBe('lines');
    expect(elementAttribute(documentXml, 'w:docGrid', 'linePitch')).toBe('579');
  });

  it('asks for different odd and even footers, with a PAGE field in 4号宋体', async () => {
    expect(await readDocxPart(draftPath, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const odd = await headerOrFooterPart(draftPath, 'footer', 'default');
    const even = await headerOrFooterPart(draftPath, 'footer', 'even');
    for (const footer of [odd, even]) {
      const [paragraph] = xmlParagraphs(footer ?? '');
      expect(paragraph?.text).toBe('—  —'); // the number is a field between "— " and " —"
      expect(paragraph?.xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(eastAsianFonts(defined(paragraph, 'footer paragraph'))).toEqual(['宋体']);
      expect(paragraph?.fonts.every((fonts) => fonts.ascii === '宋体')).toBe(true);
      expect(paragraph?.xml).toContain('<w:sz w:val="28"/>');
    }
    const oneCharacter = String(Math.round(gbt9704Twips.characterPitch));
    expect(elementAttribute(odd ?? '', 'w:jc', 'val')).toBe('right');
    expect(elementAttribute(odd ?? '', 'w:ind', 'right')).toBe(oneCharacter);
    expect(elementAttribute(even ?? '', 'w:jc', 'val')).toBe('left');
    expect(elementAttribute(even ?? '', 'w:ind', 'left')).toBe(oneCharacter);
  });

  it('prints the header mark on odd and even pages, and has no header without one', async () => {
    for (const type of ['default', 'even'] as const) {
      const [paragraph] = xmlParagraphs(
        (await headerOrFooterPart(draftPath, 'header', type)) ?? '',
      );
      expect(paragraph?.text).toBe(headerMark);
      expect(eastAsianFonts(defined(paragraph, 'header paragraph'))).toEqual(['黑体']);
    }
    expect(documentXml).not.toContain('w:titlePg');
    expect((await listDocxParts(releasePath)).some((part) => part.includes('header'))).toBe(false);
  });
});

describe('the fonts an official docx names', () => {
  it('sets title, headings and body in their fonts, in every slot', () => {
    const expected: [string, string][] = [
      ['关于举办2026年', '方正小标宋简体'],
      ['一、发布会基本情况', '黑体'],
      ['二、需要说明的事项', '黑体'],
      ['1.发布辞', '仿宋_GB2312'],
    ];
    for (const [start, font] of expected) {
      const paragraph = paragraphWithText(start);
      expect(paragraph.fonts.length).toBeGreaterThan(0);
      for (const fonts of paragraph.fonts) {
        expect(fonts).toEqual({ eastAsia: font, ascii: font, hAnsi: font, cs: font });
      }
    }
    const runIn = paragraphWithText('\uFF08一\uFF09加强组织领导');
    expect(runIn.fonts[0]?.eastAsia).toBe('楷体_GB2312');
    expect(runIn.fonts.slice(1).every((fonts) => fonts.eastAsia === '仿宋_GB2312')).toBe(true);
  });

  it('makes 3号仿宋 the document default and 2号 the title size', async () => {
    const styles = await readDocxPart(draftPath, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(elementAttribute(defaults, 'w:rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(elementAttribute(defaults, 'w:sz', 'val')).toBe('32');
    expect(paragraphWithText('关于举办').xml).toContain('<w:sz w:val="44"/>');
    expect(styles).toMatch(/w:styleId="Normal">.*<w:widowControl w:val="0"\/>/);
    for (const id of ['OfficialTitle', 'OfficialTableText']) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}">.*?<w:snapToGrid w:val="0"/>`));
    }
  });
});

describe('the paragraphs of an official docx', () => {
  it('sets body text on exact grid lines with a two-character first-line indent', () => {
    const body = paragraphWithText('1.发布辞');
    expect(elementAttribute(body.xml, 'w:spacing', 'line')).toBe('579');
    expect(elementAttribute(body.xml, 'w:spacing', 'lineRule')).toBe('exact');
    expect(elementAttribute(body.xml, 'w:spacing', 'before')).toBe('0');
    expect(elementAttribute(body.xml, 'w:ind', 'firstLine')).toBe(
      String(Math.round(2 * gbt9704Twips.characterPitch)),
    );
    expect(body.xml).toContain('<w:w w:val="98"/>');
  });

  it('centres the title, off the grid, followed by one empty line', () => {
    const index = paragraphs.findIndex((paragraph) => paragraph.text.startsWith('关于举办'));
    const title = defined(paragraphs[index], 'title');
    expect(elementAttribute(title.xml, 'w:jc', 'val')).toBe('center');
    expect(title.style).toBe('OfficialTitle');
    // A long title is broken into balanced lines, each its own centred title paragraph.
    let last = index;
    while (paragraphs[last + 1]?.style === 'OfficialTitle') last += 1;
    expect(
      paragraphs
        .slice(index, last + 1)
        .map((paragraph) => paragraph.text)
        .join(''),
    ).toBe('关于举办2026年春季农村义务教育学生营养改善计划新闻发布会的请示');
    expect(paragraphs[last + 1]?.text).toBe('');
    expect(paragraphs[last + 2]?.text).not.toBe('');
  });

  it('writes list numbers as text', () => {
    const texts = paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('1.发布辞已经局党组会议审定。');
    expect(texts).toContain('2.答问口径共12条。');
    expect(texts).toContain('\uFF081\uFF09邀请媒体8家\uFF1B');
    expect(texts).toContain('\uFF082\uFF09现场直播。');
    expect(texts).toContain('3.会后发布新闻通稿。');
  });

  it('carries a page break as page-break-before of the next paragraph', () => {
    const index = paragraphs.findIndex((paragraph) => paragraph.xml.includes('<w:pageBreakBefore'));
    expect(paragraphs[index - 1]?.text).toMatch(/^\uFF08一\uFF09加强组织领导。/);
    expect(documentXml).not.toContain('w:type="page"');
  });

  it('spans the text block with a table whose columns keep the given proportions', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(columns.reduce((sum, width) => sum + width, 0)).toBe(gbt9704Twips.textBlock.width);
    expect(defined(columns[1], 'column 2') / defined(columns[0], 'column 1')).toBeCloseTo(3, 2);
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
  });
});

describe('the 落款 of an official docx', () => {
  const twoCharacters = Math.round(2 * gbt9704Twips.characterPitch);

  it('ends a long name two characters from the right and starts the date two characters in', () => {
    const placement = closingPlacement('测试县人民政府新闻办公室', '2026年4月3日');
    expect(placement.organisation).toEqual({ align: 'right', rightIndent: twoCharacters });
    // The date starts where the name starts plus two characters: 12 characters from the right.
    expect(placement.date).toEqual({
      align: 'left',
      leftIndent: gbt9704Twips.textBlock.width - Math.round(12 * gbt9704Twips.characterPitch),
    });
  });

  it('ends a longer date two characters from the right and moves the name left', () => {
    // 8 half-width digits, 3 ideographs, 5 places where they meet.
    expect(widthInCharacters('2026年12月25日')).toBe(8.25);
    const organisation = paragraphWithText('县教育体育局');
    const date = paragraphWithText('2026年12月25日');
    expect(elementAttribute(date.xml, 'w:jc', 'val')).toBe('right');
    expect(elementAttribute(date.xml, 'w:ind', 'right')).toBe(String(twoCharacters));
    expect(elementAttribute(organisation.xml, 'w:jc', 'val')).toBe('left');
    expect(elementAttribute(organisation.xml, 'w:ind', 'left')).toBe(
      String(gbt9704Twips.textBlock.width - Math.round(12.25 * gbt9704Twips.characterPitch)),
    );
    expect(paragraphs.at(-3)?.text).toBe('');
  });
});
