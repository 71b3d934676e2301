import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import type { OfficialDocument } from './officialDocument.ts';
import { convertWithLibreOffice } from './testing/convertWithLibreOffice.ts';
import { defined } from './testing/defined.ts';
import { documentTestOutput } from './testing/documentTestOutput.ts';
import { inkBands, rulesOf } from './testing/inkBands.ts';
import type { InkBand } from './testing/inkBands.ts';
import {
  contentHash,
  issuedApprovalLetter,
  issuedNotice,
  letterNumber,
  noticeNumber,
  officeName,
} from './testing/issuedPaperFixtures.ts';
import { pageRegions, withoutWhitespace } from './testing/pageRegions.ts';
import { readDocxPart } from './testing/readDocxPart.ts';
import { readPdf } from './testing/readPdf.ts';
import type { PdfDocument, PdfPage } from './testing/readPdf.ts';
import { renderPageToPng } from './testing/renderPageToPng.ts';
import { textLines } from './testing/textLines.ts';
import type { TextLine } from './testing/textLines.ts';

const outDir = join(documentTestOutput, 'issued');
const { marginsMillimetres: margins, textBlockMillimetres: textBlock } = gbt9704;
const textBlockBottom = margins.top + textBlock.height;
const textBlockRight = margins.left + textBlock.width;
const textBlockCentre = margins.left + textBlock.width / 2;
const linePitch = (gbt9704Twips.linePitch * 25.4) / 1440;
/** One 4号 character, the 版记's indent. */
const noteCharacter = (14 * 25.4) / 72;

const papers = {
  notice: issuedNotice(),
  'notice-short': issuedNotice({ short: true }),
  'notice-long': issuedNotice({ extra: 3 }),
  'approval-letter': issuedApprovalLetter(),
} satisfies Record<string, OfficialDocument>;
type PaperName = keyof typeof papers;
const pdfs = {} as Record<PaperName, { path: string; pdf: PdfDocument }>;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const names = Object.keys(papers) as PaperName[];
  const docxPaths = await Promise.all(
    names.map(async (name) => {
      const path = join(outDir, `${name}.docx`);
      writeFileSync(path, await buildOfficialDocx(papers[name]));
      return path;
    }),
  );
  // One LibreOffice run for all of them.
  const pdfPaths = await convertWithLibreOffice(docxPaths, outDir);
  for (const [index, name] of names.entries()) {
    const path = defined(pdfPaths[index], `${name}.pdf`);
    pdfs[name] = { path, pdf: await readPdf(path) };
  }
  for (const name of ['notice', 'approval-letter'] as const) {
    const { path, pdf } = pdfs[name];
    await renderPageToPng(path, 1, join(outDir, `${name}-page-1.png`));
    await renderPageToPng(path, pdf.pageCount, join(outDir, `${name}-last-page.png`));
  }
}, 240_000);

const lineWith = (page: PdfPage, text: string): TextLine =>
  defined(
    textLines(page.words).find((line) => line.text.includes(withoutWhitespace(text))),
    `a line with ${text} on page ${page.number}`,
  );
const thickness = (band: InkBand): number => band.bottom - band.top;
const centre = (band: { left: number; right: number }): number => (band.left + band.right) / 2;
const lastPage = (name: PaperName): PdfPage => defined(pdfs[name].pdf.pages.at(-1), 'last page');

describe('the 版头 of a 通报 (文件格式) converted by LibreOffice', () => {
  it('has the red 发文机关标志 35 mm below the text block, centred, no wider than it', async () => {
    const [mark] = await inkBands(pdfs.notice.path, 1, 'red');
    const { top, left, right } = defined(mark, 'the mark');
    // The top edge of the characters' box; their ink starts a little lower.
    expect(top - (margins.top + 35)).toBeGreaterThanOrEqual(0);
    expect(top - (margins.top + 35)).toBeLessThan(1);
    expect(right - left).toBeLessThanOrEqual(textBlock.width);
    expect(right - left).toBeGreaterThan(textBlock.width * 0.8);
    expect(Math.abs(centre({ left, right }) - textBlockCentre)).toBeLessThan(1);
  });

  it('prints the 发文字号 centred two lines below the mark and the red line 4 mm below it', async () => {
    const page = defined(pdfs.notice.pdf.pages[0], 'page 1');
    const number = lineWith(page, noticeNumber);
    expect(number.text).toBe(noticeNumber);
    expect(Math.abs(centre(number) - textBlockCentre)).toBeLessThan(1);
    const red = await inkBands(pdfs.notice.path, 1, 'red');
    const mark = defined(red[0], 'the mark');
    const rule = defined(rulesOf(red, textBlock.width)[0], 'a red line as wide as the text block');
    const { top, bottom } = rule;
    expect(Math.abs(rule.left - margins.left)).toBeLessThan(0.5);
    expect(thickness(rule)).toBeGreaterThan(0.5);
    // Two empty lines between the mark and the 发文字号's line.
    const black = await inkBands(pdfs.notice.path, 1, 'black');
    const numberInk = defined(
      black.find((band) => band.top > mark.bottom && band.bottom < top),
      'the 发文字号 between the mark and the line',
    );
    expect(numberInk.top - mark.bottom).toBeGreaterThan(2 * linePitch);
    expect(numberInk.top - mark.bottom).toBeLessThan(3 * linePitch);
    expect(top - numberInk.bottom).toBeGreaterThan(3.5);
    expect(top - numberInk.bottom).toBeLessThan(4.5);
    // The title two lines below the line.
    const title = defined(
      black.find((band) => band.top > bottom),
      'the title',
    );
    expect(title.top - bottom).toBeGreaterThan(2 * linePitch);
    expect(title.top - bottom).toBeLessThan(2 * linePitch + 3);
  });
});

describe('the 版记 of a 通报 converted by LibreOffice', () => {
  it('is on the last page, an even one, its last line on the text block’s lower edge', async () => {
    for (const name of ['notice', 'notice-short', 'notice-long'] as const) {
      const { pdf, path } = pdfs[name];
      expect(pdf.pageCount % 2, name).toBe(0);
      const rules = rulesOf(await inkBands(path, pdf.pageCount, 'black'), textBlock.width);
      // Thick, thin, thick: 0.35, 0.25 and 0.35 mm, give or take a pixel at 300 dpi.
      expect(rules, name).toHaveLength(3);
      for (const [index, expected] of [0.35, 0.25, 0.35].entries()) {
        expect(Math.abs(thickness(defined(rules[index], 'a line')) - expected), name).toBeLessThan(
          0.1,
        );
      }
      const last = defined(rules.at(-1), 'the last line');
      expect(Math.abs(last.bottom - textBlockBottom), name).toBeLessThan(1);
      expect(Math.abs(last.left - margins.left), name).toBeLessThan(0.5);
    }
  });

  it('prints 抄送 over 印发机关 and 印发日期 in 4号, between its lines', async () => {
    const page = lastPage('notice');
    const rules = rulesOf(await inkBands(pdfs.notice.path, page.number, 'black'), textBlock.width);
    const [first, thin, last] = rules;
    if (!first || !thin || !last) throw new Error('three lines expected');
    const copyTo = lineWith(page, '抄送：县委办公室，县人大常委会办公室，县政协办公室。');
    expect(copyTo.top).toBeGreaterThan(first.bottom);
    expect(copyTo.bottom).toBeLessThan(thin.top);
    expect(Math.abs(copyTo.left - (margins.left + noteCharacter))).toBeLessThan(0.5);
    const printed = lineWith(page, '2026年12月5日印发');
    expect(printed.text).toBe(withoutWhitespace(`${officeName}2026年12月5日印发`));
    expect(printed.top).toBeGreaterThan(thin.bottom);
    expect(printed.bottom).toBeLessThan(last.top);
    expect(Math.abs(printed.left - (margins.left + noteCharacter))).toBeLessThan(0.5);
    expect(Math.abs(printed.right - (textBlockRight - noteCharacter))).toBeLessThan(1);
  });

  it('shares the last page of text when that is even, with its number', () => {
    const page = lastPage('notice');
    expect(pdfs.notice.pdf.pageCount).toBe(2);
    expect(withoutWhitespace(page.text)).toContain('特此通报。');
    expect(pageRegions(page).footer.map((line) => line.text)).toEqual(['—2—']);
  });

  it('goes to the next even page after text ending on an odd page, unnumbered', () => {
    const [first, second] = pdfs['notice-short'].pdf.pages;
    expect(pdfs['notice-short'].pdf.pageCount).toBe(2);
    expect(withoutWhitespace(first?.text ?? '')).toContain('2026年12月5日');
    expect(pageRegions(defined(second, 'page 2')).body.map((line) => line.text)).toEqual([
      withoutWhitespace('抄送：县委办公室，县人大常委会办公室，县政协办公室。'),
      withoutWhitespace(`${officeName}2026年12月5日印发`),
    ]);
    expect(withoutWhitespace(second?.text ?? '')).not.toMatch(/—\d+—/);
  });

  it('leaves a blank unnumbered page when text ends on an even page without room', () => {
    const { pdf } = pdfs['notice-long'];
    expect(pdf.pageCount).toBe(4);
    expect(withoutWhitespace(pdf.pages[1]?.text ?? '')).toContain('2026年12月5日');
    expect(withoutWhitespace(pdf.pages[2]?.text ?? '')).toBe('');
    expect(withoutWhitespace(pdf.pages[3]?.text ?? '')).not.toMatch(/—\d+—/);
  });
});

describe('a 审批函 (信函格式) converted by LibreOffice', () => {
  it('has the red mark 30 mm below the top of the page, above the text block', async () => {
    const [mark] = await inkBands(pdfs['approval-letter'].path, 1, 'red');
    const { top, left, right } = defined(mark, 'the mark');
    expect(top - 30).toBeGreaterThanOrEqual(0);
    expect(top - 30).toBeLessThan(1);
    expect(right - left).toBeLessThanOrEqual(textBlock.width);
    expect(Math.abs(centre({ left, right }) - textBlockCentre)).toBeLessThan(1);
  });

  it('draws red double lines 170 mm long: thick over thin under the mark, thin over thick 20 mm above the foot', async () => {
    const red = await inkBands(pdfs['approval-letter'].path, 1, 'red');
    const mark = defined(red[0], 'the mark');
    const rules = rulesOf(red, 170);
    expect(rules).toHaveLength(4);
    for (const rule of rules) expect(Math.abs(centre(rule) - textBlockCentre)).toBeLessThan(0.5);
    const [upperThick, upperThin, lowerThin, lowerThick] = rules;
    if (!upperThick || !upperThin || !lowerThin || !lowerThick) throw new Error('four lines');
    expect(thickness(upperThick)).toBeGreaterThan(2 * thickness(upperThin));
    expect(thickness(lowerThick)).toBeGreaterThan(2 * thickness(lowerThin));
    // The mark's ink ends a little above its characters' box.
    expect(upperThick.top - mark.bottom).toBeGreaterThan(3.7);
    expect(upperThick.top - mark.bottom).toBeLessThan(4.7);
    expect(Math.abs(lowerThick.bottom - (gbt9704.page.heightMillimetres - 20))).toBeLessThan(0.5);
  });

  it('puts the 发文字号 flush right under the double line, the title two lines below it', async () => {
    const page = defined(pdfs['approval-letter'].pdf.pages[0], 'page 1');
    const number = lineWith(page, letterNumber);
    expect(number.text).toBe(letterNumber);
    expect(Math.abs(number.right - textBlockRight)).toBeLessThan(1);
    const upperThin = defined(
      rulesOf(await inkBands(pdfs['approval-letter'].path, 1, 'red'), 170)[1],
      'the thin line',
    );
    const black = await inkBands(pdfs['approval-letter'].path, 1, 'black');
    const [numberInk, title] = black;
    if (!numberInk || !title) throw new Error('the 发文字号 and the title');
    // 7/8 of a 3号 character's height: 4.9 mm.
    expect(numberInk.top - upperThin.bottom).toBeGreaterThan(4.5);
    expect(numberInk.top - upperThin.bottom).toBeLessThan(5.5);
    expect(title.top - numberInk.bottom).toBeGreaterThan(2 * linePitch);
    expect(title.top - numberInk.bottom).toBeLessThan(2 * linePitch + 4);
  });

  it('numbers no first page, and the next ones as usual', () => {
    const [first, ...rest] = pdfs['approval-letter'].pdf.pages;
    expect(pageRegions(defined(first, 'page 1')).footer).toEqual([]);
    for (const page of rest) {
      expect(pageRegions(page).footer.map((line) => line.text)).toEqual([`—${page.number}—`]);
    }
  });

  it('addresses the unit with a full-width colon and prints the 校验码 and 抄送 at the foot', () => {
    const text = withoutWhitespace(
      pdfs['approval-letter'].pdf.pages.map((page) => page.text).join(''),
    );
    expect(text).toContain('县教育体育局：');
    expect(text).not.toMatch(/[0-9a-f]{16}/);
    const page = lastPage('approval-letter');
    const code = lineWith(page, '审批内容校验码：F86E-1A92');
    const copyTo = lineWith(page, '抄送：县委宣传部。');
    expect(code.bottom).toBeLessThan(copyTo.top);
    expect(copyTo.bottom).toBeLessThan(textBlockBottom);
    expect(copyTo.bottom).toBeGreaterThan(textBlockBottom - linePitch);
    const date = lineWith(page, '2026年11月27日');
    expect(date.bottom).toBeLessThan(code.top);
  });

  it('keeps the full hash in the file’s properties', async () => {
    const core = await readDocxPart(join(outDir, 'approval-letter.docx'), 'docProps/core.xml');
    expect(core).toContain(contentHash);
  });
});
