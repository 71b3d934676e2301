import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFontconfigFile } from './cjkFontAliases.ts';

/**
 * One soffice run: its first start alone can take a minute on a loaded two-core machine. A test or
 * hook that converts needs more than Vitest's default: 240 s leaves room for a conversion queued
 * ahead of its own.
 */
export const libreOfficeRunTimeout = 150_000;

/**
 * PDF as printed: with the blank pages LibreOffice inserts before a section that starts on an even
 * page (the 版记's), which headless export otherwise leaves out, unlike the export dialog.
 */
const pdfExport = `pdf:writer_pdf_Export:${JSON.stringify({
  IsSkipEmptyPages: { type: 'boolean', value: 'false' },
})}`;

// Conversions from one test file (one module instance) run one after another: two soffice
// instances on two cores only slow each other past the tests' timeouts.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts Word files to PDF with LibreOffice headless and returns the PDFs' paths, in order.
 * Each run gets a fresh profile folder of its own, removed afterwards: two instances sharing one
 * profile abort ("Fatal exception: Signal 6") or hand their files to each other. The GB/T 9704
 * font names resolve to Noto CJK through a fontconfig file.
 */
export function convertWithLibreOffice(
  docxPaths: readonly string[],
  outDir: string,
  timeout = libreOfficeRunTimeout,
): Promise<string[]> {
  const inputs = docxPaths.map((path) => resolve(path));
  const conversion = queue.then(() => convertNow(inputs, resolve(outDir), timeout));
  queue = conversion.catch(() => undefined);
  return conversion;
}

async function convertNow(
  docxPaths: readonly string[],
  outDir: string,
  timeout: number,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const pdfPaths = docxPaths.map((path) => join(outDir, `${basename(path, extname(path))}.pdf`));
  for (const path of pdfPaths) rmSync(path, { force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'workbench-soffice-'));
  try {
    const output = await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(join(scratch, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        pdfExport,
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { ...process.env, FONTCONFIG_FILE: writeFontconfigFile(scratch) },
      timeout,
    );
    const missing = pdfPaths.filter((path) => !existsSync(path));
    if (missing.length > 0) {
      throw new Error(`LibreOffice wrote no ${missing.join(', ')}:\n${output}`);
    }
    return pdfPaths;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * soffice is a shell script starting soffice.bin: it runs in a process group of its own, so a
 * timeout kills the whole group instead of leaving soffice.bin busy on the machine.
 */
function runSoffice(args: readonly string[], env: NodeJS.ProcessEnv, timeout: number) {
  return new Promise<string>((resolvePromise, reject) => {
    const child = spawn('soffice', args, {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group ended between the timer firing and the kill.
      }
      reject(new Error(`LibreOffice took over ${timeout / 1000} s:\n${output}`));
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else reject(new Error(`soffice exited with ${code ?? signal}:\n${output}`));
    });
  });
}
