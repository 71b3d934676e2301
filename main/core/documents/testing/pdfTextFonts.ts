import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A stretch of text in one font on one line of a PDF page, as poppler's pdftohtml sees it. */
export interface PdfTextRun {
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  /** The embedded font's family without the subset prefix, e.g. 'NotoSansCJKjp'. */
  readonly font: string;
  readonly bold: boolean;
}

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#160;': ' ',
};

const decode = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|apos|#160);/g, (entity) => entities[entity] ?? entity);

/**
 * The text of a PDF in runs of one font each (pdftohtml -xml): which font each line, or each part
 * of a line, is set in. pdffonts only lists the fonts of the whole file.
 */
export async function pdfTextFonts(pdfPath: string): Promise<PdfTextRun[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdfPath], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const fonts = new Map(
    [...stdout.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"/g)].map(([, id, family]) => [
      id ?? '',
      (family ?? '').replace(/^[A-Z]{6}\+/, ''),
    ]),
  );
  return stdout
    .split(/<page number="/)
    .slice(1)
    .flatMap((pageXml) => {
      const page = Number.parseInt(pageXml, 10);
      return [...pageXml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)].map(
        ([, id, content = '']) => ({
          page,
          text: decode(content.replace(/<[^>]+>/g, '')),
          font: fonts.get(id ?? '') ?? '',
          bold: content.includes('<b>'),
        }),
      );
    });
}
