import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertWithLibreOffice } from './convertWithLibreOffice.ts';

export interface ConversionOptions {
  /** Where the PDF (and the .docx, when given as bytes) is written; a fresh temp folder by default. */
  readonly outDir?: string;
  /** File name without extension for a .docx given as bytes; 'document' by default. */
  readonly name?: string;
}

/** One Word file, as a reader would see it in LibreOffice: returns the PDF's path. */
export async function convertDocxToPdf(
  docx: Buffer | string,
  options: ConversionOptions = {},
): Promise<string> {
  const outDir = resolve(options.outDir ?? mkdtempSync(join(tmpdir(), 'workbench-pdf-')));
  mkdirSync(outDir, { recursive: true });
  const docxPath =
    typeof docx === 'string' ? resolve(docx) : join(outDir, `${options.name ?? 'document'}.docx`);
  if (typeof docx !== 'string') writeFileSync(docxPath, docx);
  const [pdfPath] = await convertWithLibreOffice([docxPath], outDir);
  if (pdfPath === undefined) throw new Error(`no PDF for ${docxPath}`);
  return pdfPath;
}
