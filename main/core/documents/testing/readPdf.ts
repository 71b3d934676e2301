import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const millimetresPerPoint = 25.4 / 72;

/** A word as poppler boxes it, in millimetres from the page's top-left corner. */
export interface PdfWord {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly widthMillimetres: number;
  readonly heightMillimetres: number;
  /** `pdftotext -layout` text of the page. */
  readonly text: string;
  readonly words: readonly PdfWord[];
}

export interface PdfDocument {
  readonly pageCount: number;
  readonly pages: readonly PdfPage[];
}

/** Page count and sizes from pdfinfo, text from pdftotext -layout, word boxes from -bbox. */
export async function readPdf(pdfPath: string): Promise<PdfDocument> {
  const info = (await run('pdfinfo', [pdfPath])).stdout;
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`No pages in ${pdfPath}`);
  const [sizes, layout, bbox] = await Promise.all([
    run('pdfinfo', ['-f', '1', '-l', String(pageCount), pdfPath]),
    run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-']),
    run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 256 * 1024 * 1024 }),
  ]);
  const pageSizes = [...sizes.stdout.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)];
  const pageTexts = layout.stdout.split('\f');
  const pageWords = bbox.stdout.split('<page ').slice(1).map(parseWords);
  const pages = pageSizes.map(([, number, width, height], index): PdfPage => ({
    number: Number(number),
    widthMillimetres: Number(width) * millimetresPerPoint,
    heightMillimetres: Number(height) * millimetresPerPoint,
    text: pageTexts[index] ?? '',
    words: pageWords[index] ?? [],
  }));
  return { pageCount, pages };
}

const wordPattern =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function parseWords(pageXml: string): PdfWord[] {
  return [...pageXml.matchAll(wordPattern)].map(([, left, top, right, bottom, text]) => ({
    text: decodeEntities(text ?? ''),
    left: Number(left) * millimetresPerPoint,
    top: Number(top) * millimetresPerPoint,
    right: Number(right) * millimetresPerPoint,
    bottom: Number(bottom) * millimetresPerPoint,
  }));
}

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => entities[entity] ?? entity);
