import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt9704, gbt9704Twips, pageNumberText } from '../../../shared/documents/gbt9704.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import type { DocumentBlock, OfficialDocument } from './officialDocument.ts';
import { pageNumberLineHeight } from './pageNumberFooters.ts';
import { convertDocxToPdf } from './testing/convertDocxToPdf.ts';
import { defined } from './testing/defined.ts';
import { documentTestOutput } from './testing/documentTestOutput.ts';
import { everyBlockDocument, longRelease } from './testing/documentFixtures.ts';
import { measureTextBlock, popplerWordBox } from './testing/measureTextBlock.ts';
import { pageRegions, withoutWhitespace } from './testing/pageRegions.ts';
import { readPdf } from './testing/readPdf.ts';
import type { PdfDocument } from './testing/readPdf.ts';
import { renderPageToPng } from './testing/renderPageToPng.ts';
import { plainText } from './textRuns.ts';

const millimetresPerTwip = 25.4 / 1440;
const millimetresPerPoint = 25.4 / 72;
const { marginsMillimetres: margins, textBlockMillimetres: textBlock } = gbt9704;
const textBlockRight = margins.left + textBlock.width;
const textBlockBottom = margins.top + textBlock.height;
const oneCharacter = gbt9704Twips.characterPitch * millimetresPerTwip;
const headerMark = '草稿 · 未经审批';

const release = longRelease();
const draft = everyBlockDocument(headerMark);
let releasePdf: PdfDocument;
let draftPdf: PdfDocument;

/** Builds, converts once and reads one fixture; leaves .docx, .pdf and page PNGs for a reviewer. */
async function render(document: OfficialDocument, name: string, pngPages: number[]) {
  mkdirSync(documentTestOutput, { recursive: true });
  const docxPath = join(documentTestOutput, `${name}.docx`);
  writeFileSync(docxPath, await buildOfficialDocx(document));
  const pdfPath = await convertDocxToPdf(docxPath, { outDir: documentTestOutput });
  for (const page of pngPages) {
    await renderPageToPng(pdfPath, page, join(documentTestOutput, `${name}-page-${page}.png`));
  }
  return readPdf(pdfPath);
}

beforeAll(async () => {
  [releasePdf, draftPdf] = await Promise.all([
    render(release, 'long-release', [1, 2]),
    render(draft, 'draft-every-block', [1, 2]),
  ]);
}, 240_000);

const bodyText = (pdf: PdfDocument): string =>
  pdf.pages.flatMap((page) => pageRegions(page).body.map((line) => line.text)).join('');

/** The text of a block as the reader sees it, list markers included. */
const blockTexts = (block: DocumentBlock): string[] => {
  switch (block.kind) {
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return [plainText([...block.runs, ...(block.runIn ?? [])])];
    case 'paragraph':
      return [plainText(block.runs)];
    case 'list':
      return block.items.map(plainText);
    case 'table':
    case 'pageBreak':
      return [];
  }
};

describe('a long release converted by LibreOffice', () => {
  it('is A4 on every page', () => {
    expect(releasePdf.pageCount).toBeGreaterThanOrEqual(5);
    for (const page of releasePdf.pages) {
      expect(Math.abs(page.widthMillimetres - 210)).toBeLessThan(0.5);
      expect(Math.abs(page.heightMillimetres - 297)).toBeLessThan(0.5);
    }
  });

  it('has 22 text lines on every full page, and 21 under the title and its empty line', () => {
    const lineCounts = releasePdf.pages.map((page) => pageRegions(page).body.length);
    expect(lineCounts[0]).toBe(gbt9704.linesPerPage - 1);
    expect(lineCounts.slice(1, -1)).toEqual(lineCounts.slice(1, -1).map(() => 22));
    expect(lineCounts.at(-1)).toBeLessThanOrEqual(22);
  });

  it('puts the text block 37 mm from the top and 28 mm from the left', () => {
    for (const page of releasePdf.pages.slice(1, -1)) {
      const body = pageRegions(page).body;
      const firstLine = defined(body[0], `first line of page ${page.number}`);
      // The measurement's model of poppler's word box: 1.3 em tall (see measureTextBlock).
      const boxHeight = (firstLine.bottom - firstLine.top) / (16 * millimetresPerPoint);
      expect(boxHeight).toBeCloseTo(popplerWordBox.ascent + popplerWordBox.descent, 2);
      const measured = measureTextBlock(body, gbt9704.fontSizePoints.body);
      expect(Math.abs(measured.top - margins.top)).toBeLessThan(1);
      expect(Math.abs(measured.bottom - textBlockBottom)).toBeLessThan(1);
      expect(Math.abs(measured.left - margins.left)).toBeLessThan(1);
      expect(measured.linePitch).toBeCloseTo(gbt9704Twips.linePitch * millimetresPerTwip, 1);
    }
  });

  it('fills lines to the right edge of the text block, 28 characters to a line', () => {
    const lines = releasePdf.pages.flatMap((page) => pageRegions(page).body);
    const rights = lines.map((line) => line.right).sort((a, b) => a - b);
    const medianRight = defined(rights[Math.floor(rights.length / 2)], 'median right edge');
    expect(Math.abs(medianRight - textBlockRight)).toBeLessThan(1);
    const ideographicLengths = lines
      .filter((line) => !/[\x20-\x7e]/.test(line.text) && line.left < margins.left + 1)
      .map((line) => [...line.text].length);
    const mostCommon = [...new Set(ideographicLengths)].sort(
      (a, b) =>
        ideographicLengths.filter((n) => n === b).length -
        ideographicLengths.filter((n) => n === a).length,
    )[0];
    expect(mostCommon).toBe(gbt9704.charactersPerLine);
  });

  it('numbers odd pages at the right and even pages at the left, 7 mm below the text block', () => {
    const [first, second] = releasePdf.pages.map((page) => pageRegions(page).footer);
    expect(first?.map((line) => line.text)).toEqual([withoutWhitespace(pageNumberText(1))]);
    expect(second?.map((line) => line.text)).toEqual([withoutWhitespace(pageNumberText(2))]);
    const odd = defined(first?.[0], 'page 1 number');
    const even = defined(second?.[0], 'page 2 number');
    expect(Math.abs(odd.right - (textBlockRight - oneCharacter))).toBeLessThan(1);
    expect(Math.abs(even.left - (margins.left + oneCharacter))).toBeLessThan(1);
    // An exact line puts its baseline at 80% of its height (LibreOffice, as Word); the line's top
    // is where the standard places the number, 7 mm below the text block.
    const em = gbt9704.fontSizePoints.pageNumber * millimetresPerPoint;
    const baseline = odd.top + popplerWordBox.ascent * em;
    const lineTop = baseline - 0.8 * pageNumberLineHeight * millimetresPerTwip;
    expect(Math.abs(lineTop - (textBlockBottom + 7))).toBeLessThan(1);
  });

  it('shows every paragraph of the input, in order', () => {
    const text = withoutWhitespace(bodyText(releasePdf));
    const expected = [
      ...(release.titleLines ?? [release.title]),
      ...release.blocks.flatMap(blockTexts),
      defined(release.closing, 'closing').organisation,
      '2026年4月3日',
    ];
    let position = 0;
    for (const paragraph of expected) {
      const found = text.indexOf(withoutWhitespace(paragraph), position);
      expect(found, paragraph).toBeGreaterThanOrEqual(position);
      position = found + withoutWhitespace(paragraph).length;
    }
  });
});

describe('the 落款 converted by LibreOffice', () => {
  it('starts the date two characters right of the name, two characters from the right edge', () => {
    for (const [pdf, rightAligned] of [
      [releasePdf, 'organisation'],
      [draftPdf, 'date'],
    ] as const) {
      const lastPage = defined(pdf.pages.at(-1), 'last page');
      const [organisation, date] = pageRegions(lastPage).body.slice(-2);
      if (!organisation || !date) throw new Error('No 落款 on the last page');
      const inCharacters = (millimetres: number): number => millimetres / oneCharacter;
      // Within half a character: the date's width is estimated (digits, autospacing).
      expect(inCharacters(date.left - organisation.left)).toBeCloseTo(2, 0);
      const line = rightAligned === 'date' ? date : organisation;
      expect(inCharacters(textBlockRight - line.right)).toBeCloseTo(2, 0);
    }
  });
});

describe('a draft with every kind of block converted by LibreOffice', () => {
  it('carries the header mark on every page, above the text block', () => {
    expect(draftPdf.pageCount).toBeGreaterThanOrEqual(2);
    for (const page of draftPdf.pages) {
      const header = pageRegions(page).header;
      expect(header.map((line) => line.text)).toEqual([withoutWhitespace(headerMark)]);
      expect(defined(header[0], 'header line').bottom).toBeLessThan(margins.top);
    }
  });

  it('shows every paragraph, list item and table cell', () => {
    const text = withoutWhitespace(bodyText(draftPdf));
    const tableCells = draft.blocks.flatMap((block) =>
      block.kind === 'table'
        ? block.rows.flat().map((cell) => (typeof cell === 'string' ? cell : plainText(cell.runs)))
        : [],
    );
    for (const paragraph of [...draft.blocks.flatMap(blockTexts), ...tableCells]) {
      expect(text, paragraph).toContain(withoutWhitespace(paragraph));
    }
  });

  it('starts the page after a page break with the next paragraph', () => {
    const breakIndex = draft.blocks.findIndex((block) => block.kind === 'pageBreak');
    const next = defined(blockTexts(defined(draft.blocks[breakIndex + 1], 'block'))[0], 'text');
    const pageTops = draftPdf.pages.map((page) => pageRegions(page).body[0]?.text ?? '');
    expect(pageTops.some((top) => next.startsWith(withoutWhitespace(top)))).toBe(true);
  });
});
