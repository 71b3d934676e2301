import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempFolder.ts';
import { buildOfficialDocx } from './buildOfficialDocx.ts';
import type { DocumentBlock, OfficialDocument } from './officialDocument.ts';
import { convertWithLibreOffice } from './testing/convertWithLibreOffice.ts';
import { issuedApprovalLetter } from './testing/issuedPaperFixtures.ts';
import { withoutWhitespace } from './testing/pageRegions.ts';
import { readPdf } from './testing/readPdf.ts';
import type { PdfDocument } from './testing/readPdf.ts';
import { textLines } from './testing/textLines.ts';

const folder = tempFolder('workbench-keep-');
afterAll(() => folder.remove());

/** Ideographs without punctuation: a line of them breaks nowhere but at its 28th character. */
const ideographs =
  '各单位要高度重视新闻发布工作切实加强组织领导明确专人负责认真做好信息发布和政策解读主动回应社会关切';
const text = (length: number, seed: number): string =>
  Array.from({ length }, (_, index) => ideographs[(seed * 7 + index) % ideographs.length]).join('');

/** A justified paragraph of exactly `lines` lines (two characters of indent on the first). */
const paragraphOfLines = (lines: number, seed: number, ending = '。'): DocumentBlock => ({
  kind: 'paragraph',
  runs: [text(26 + 28 * (lines - 1) - ending.length, seed) + ending],
});

/**
 * The 审批函 with a body of `lines` lines: the 主送机关, one-line paragraphs, and a last
 * paragraph of one to three lines ending in 特此函复。
 */
function letterOfLines(lines: number): OfficialDocument {
  const letter = issuedApprovalLetter();
  const lastLines = 1 + (lines % 3);
  const fillers = Array.from({ length: lines - 1 - lastLines }, (_, index) =>
    paragraphOfLines(1, index),
  );
  return {
    ...letter,
    blocks: [
      ...letter.blocks.slice(0, 1),
      ...fillers,
      paragraphOfLines(lastLines, lines, '特此函复。'),
    ],
  };
}

// From a few lines to two and a half pages (the first page holds 14 body lines), line by line.
const lengths = Array.from({ length: 47 }, (_, index) => 4 + index);
const pdfs = new Map<number, PdfDocument>();

beforeAll(async () => {
  mkdirSync(folder.path, { recursive: true });
  const paths = await Promise.all(
    lengths.map(async (lines) => {
      const path = join(folder.path, `letter-${lines}.docx`);
      writeFileSync(path, await buildOfficialDocx(letterOfLines(lines)));
      return path;
    }),
  );
  const pdfPaths = await convertWithLibreOffice(paths, folder.path, 300_000);
  for (const [index, lines] of lengths.entries()) {
    pdfs.set(lines, await readPdf(pdfPaths[index] ?? ''));
  }
}, 360_000);

/** The page (1-based) of the last line holding `text` (the mark on page 1 names the office too). */
const pageOf = (pdf: PdfDocument, text: string): number | undefined =>
  pdf.pages.findLast((page) =>
    textLines(page.words).some((line) => line.text.includes(withoutWhitespace(text))),
  )?.number;

describe('the 落款 of a letter converted by LibreOffice', () => {
  it('is on the page of the body’s last line, whatever the length of the body', () => {
    const pages = lengths.map((lines) => {
      const pdf = pdfs.get(lines);
      if (!pdf) throw new Error(`No PDF for ${lines} lines`);
      return {
        lines,
        body: pageOf(pdf, '特此函复。'),
        organisation: pageOf(pdf, '示范县人民政府新闻办公室'),
        date: pageOf(pdf, '2026年11月27日'),
        code: pageOf(pdf, '审批内容校验码'),
        count: pdf.pageCount,
      };
    });
    for (const { lines, body, organisation, date, code, count } of pages) {
      expect({ lines, organisation, date, code }).toEqual({
        lines,
        organisation: body,
        date: body,
        code: count,
      });
    }
    // One to three pages: the page ended at each line of the text, and at each of the 落款.
    expect(new Set(pages.map((page) => page.count))).toEqual(new Set([1, 2, 3]));
  });
});
