import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { writeFontconfigFile } from './cjkFontAliases.ts';

const run = promisify(execFile);

export interface ConversionOptions {
  /** Where the PDF (and the .docx, when given as bytes) is written; a temp folder by default. */
  readonly outDir?: string;
  /** File name without extension for a .docx given as bytes; 'document' by default. */
  readonly name?: string;
}

/**
 * LibreOffice headless, as a reader of our Word files would see them. Each call has its own
 * profile, so parallel conversions do not wait on one another's lock, and the GB/T 9704 font
 * names resolve to Noto CJK through a fontconfig file.
 */
export async function convertDocxToPdf(
  docx: Buffer | string,
  options: ConversionOptions = {},
): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'workbench-soffice-'));
  const outDir = resolve(options.outDir ?? join(scratch, 'out'));
  mkdirSync(outDir, { recursive: true });
  const docxPath =
    typeof docx === 'string' ? resolve(docx) : join(outDir, `${options.name ?? 'document'}.docx`);
  if (typeof docx !== 'string') writeFileSync(docxPath, docx);
  const pdfPath = join(outDir, `${basename(docxPath, extname(docxPath))}.pdf`);
  rmSync(pdfPath, { force: true });
  const profile = join(scratch, 'profile');
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: writeFontconfigFile(scratch) },
        timeout: 120_000,
      },
    );
    if (!existsSync(pdfPath)) {
      throw new Error(`LibreOffice wrote no PDF for ${docxPath}:\n${stdout}\n${stderr}`);
    }
    return pdfPath;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    if (options.outDir !== undefined) rmSync(scratch, { recursive: true, force: true });
  }
}
