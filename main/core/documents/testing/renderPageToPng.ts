import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Renders one page (1-based) to `outFile` (a .png path) with pdftoppm, for a reviewer's eyes. */
export async function renderPageToPng(
  pdfPath: string,
  page: number,
  outFile: string,
  resolution = 110,
): Promise<string> {
  mkdirSync(dirname(outFile), { recursive: true });
  const prefix = outFile.replace(/\.png$/i, '');
  await run('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    prefix,
  ]);
  return `${prefix}.png`;
}
