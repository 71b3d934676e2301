import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempFolder.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { everyBlockDocument, longRelease } from './testing/documentFixtures.ts';
import { elementAttribute, xmlParagraphs } from './testing/docxXml.ts';
import { listDocxParts, readDocxPart } from './testing/readDocxPart.ts';

const folder = tempFolder('workbench-styles-');

const fourLevels: OfficialDocument = {
  title: '关于全县教育资金投入情况的报告',
  blocks: [
    { kind: 'heading1', runs: ['一、资金投入情况'] },
    { kind: 'heading2', runs: ['（一）', '学位供给'] },
    { kind: 'heading3', runs: ['1.城区学校'] },
    { kind: 'heading4', runs: ['（1）新建小学'], runIn: ['城南小学已开工。'] },
    { kind: 'paragraph', runs: ['全县投入资金1.2亿元。'] },
    { kind: 'list', style: 'decimal', items: [['新建城南小学；'], ['扩建第二中学。']] },
    { kind: 'list', style: 'parenthesised', items: [['教学楼'], ['运动场']] },
  ],
};

/** Every w:style of a styles part by its id. */
const stylesById = (stylesXml: string): Map<string, string> =>
  new Map(
    [...stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)].map(
      ([style, id]) => [id ?? '', style],
    ),
  );

interface Export {
  readonly styles: string;
  /** The XML of every other part of word/. */
  readonly parts: readonly string[];
  readonly documentXml: string;
}

async function exported(name: string, document: OfficialDocument): Promise<Export> {
  const path = join(folder.path, `${name}.docx`);
  writeFileSync(path, await buildOfficialDocx(document));
  const partNames = (await listDocxParts(path)).filter(
    (part) => part.startsWith('word/') && part.endsWith('.xml') && part !== 'word/styles.xml',
  );
  return {
    styles: await readDocxPart(path, 'word/styles.xml'),
    parts: await Promise.all(partNames.map((part) => readDocxPart(path, part))),
    documentXml: await readDocxPart(path, 'word/document.xml'),
  };
}

let headings: Export;
let exports: Export[] = [];

beforeAll(async () => {
  exports = await Promise.all([
    exported('four-levels', fourLevels),
    exported('every-block', everyBlockDocument('草稿 · 未经审批')),
    exported('long-release', longRelease()),
  ]);
  headings = exports[0] as Export;
});
afterAll(() => folder.remove());

describe('the heading styles of an official docx', () => {
  it('are Word’s heading 1–4 with their outline level and the standard’s fonts, in no colour', () => {
    const styles = stylesById(headings.styles);
    const expected = [
      ['Heading1', '黑体'],
      ['Heading2', '楷体_GB2312'],
      ['Heading3', '仿宋_GB2312'],
      ['Heading4', '仿宋_GB2312'],
    ] as const;
    expected.forEach(([id, font], level) => {
      const style = styles.get(id) ?? '';
      expect(style, id).toContain(`<w:name w:val="heading ${level + 1}"/>`);
      expect(elementAttribute(style, 'w:outlineLvl', 'val')).toBe(String(level));
      for (const slot of ['eastAsia', 'ascii', 'hAnsi']) {
        expect(elementAttribute(style, 'w:rFonts', slot), `${id} ${slot}`).toBe(font);
      }
      expect(elementAttribute(style, 'w:sz', 'val')).toBe('32');
      expect(style).not.toMatch(/<w:color|<w:spacing/);
      for (const off of ['keepNext', 'keepLines', 'widowControl', 'b', 'i']) {
        expect(style, `${id} ${off}`).toContain(`<w:${off} w:val="0"/>`);
      }
    });
  });

  it('are what heading paragraphs name; body text and list items stay Normal', () => {
    const byText = new Map(
      xmlParagraphs(headings.documentXml).map((paragraph) => [paragraph.text, paragraph]),
    );
    expect(byText.get('一、资金投入情况')?.style).toBe('Heading1');
    expect(byText.get('（一）学位供给')?.style).toBe('Heading2');
    expect(byText.get('1.城区学校')?.style).toBe('Heading3');
    const runIn = byText.get('（1）新建小学城南小学已开工。');
    expect(runIn?.style).toBe('Heading4');
    expect(runIn?.fonts.map((fonts) => fonts.eastAsia)).toEqual(['仿宋_GB2312', '仿宋_GB2312']);
    expect(byText.get('全县投入资金1.2亿元。')?.style).toBeUndefined();
    expect(byText.get('1.新建城南小学；')?.style).toBeUndefined();
    expect(byText.get('（2）运动场')?.style).toBeUndefined();
  });
});

describe('the styles part of an official docx', () => {
  it('holds only the styles the file uses, Normal, and the default table style with a table', () => {
    for (const { styles, parts } of exports) {
      const used = new Set(
        parts.flatMap((xml) =>
          [...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]),
        ),
      );
      const hasTable = parts.some((xml) => xml.includes('<w:tbl>'));
      const ids = [...stylesById(styles).keys()];
      expect(new Set(ids).size, 'one definition per id').toBe(ids.length);
      for (const id of ids) {
        const allowed = used.has(id) || id === 'Normal' || (id === 'TableNormal' && hasTable);
        expect(allowed, `${id} is used`).toBe(true);
      }
      for (const id of used) expect(ids, `${id ?? ''} is defined`).toContain(id);
      expect(styles).not.toMatch(/2E74B5|1F4D78|w:styleId="(?:Title|Heading[5-9]|TOC\d)"/);
      expect(styles).toMatch(/<w:docDefaults>[\s\S]*仿宋_GB2312[\s\S]*<\/w:docDefaults>/);
    }
  });

  it('keeps the body’s paragraph styles (title, table text) and Normal without widow control', () => {
    const styles = stylesById(exports[1]?.styles ?? '');
    expect(styles.get('Normal')).toContain('<w:widowControl w:val="0"/>');
    expect(styles.get('OfficialTitle')).toContain('<w:snapToGrid w:val="0"/>');
    expect(styles.get('OfficialTableText')).toContain('<w:snapToGrid w:val="0"/>');
    expect(styles.has('Heading3')).toBe(false);
  });

  it('writes no bullet in any export', () => {
    for (const { documentXml } of exports) expect(documentXml).not.toMatch(/[•·▪●◦]/);
  });
});
