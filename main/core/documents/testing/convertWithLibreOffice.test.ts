import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../testing/tempFolder.ts';
import { buildOfficialDocx } from '../buildOfficialDocx.ts';
import { convertWithLibreOffice } from './convertWithLibreOffice.ts';
import { longRelease } from './documentFixtures.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('convertWithLibreOffice', () => {
  it('runs one conversion at a time, each on a fresh profile removed after, past a failed one', async () => {
    const docx = join(folder.path, 'release.docx');
    writeFileSync(docx, await buildOfficialDocx(longRelease(1)));
    const outDir = join(folder.path, 'pdf');
    // The profiles go under os.tmpdir(), which follows TMPDIR: a folder only this test watches.
    const scratchRoot = join(folder.path, 'tmp');
    mkdirSync(scratchRoot);
    const originalTmpdir = process.env['TMPDIR'];
    process.env['TMPDIR'] = scratchRoot;
    const profilesSeen = new Set<string>();
    let mostAtOnce = 0;
    const watch = setInterval(() => {
      // LibreOffice's own temp files go there too.
      const present = readdirSync(scratchRoot).filter((name) =>
        name.startsWith('workbench-soffice-'),
      );
      for (const name of present) profilesSeen.add(name);
      mostAtOnce = Math.max(mostAtOnce, present.length);
    }, 20);
    try {
      const [missing, converted] = await Promise.allSettled([
        convertWithLibreOffice([join(folder.path, 'missing.docx')], outDir),
        convertWithLibreOffice([docx], outDir),
      ]);
      expect(missing).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringMatching(/^LibreOffice wrote no .*missing\.pdf/) },
      });
      expect(converted).toEqual({ status: 'fulfilled', value: [join(outDir, 'release.pdf')] });
    } finally {
      clearInterval(watch);
      if (originalTmpdir === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = originalTmpdir;
    }
    expect(profilesSeen.size).toBe(2);
    expect(mostAtOnce).toBe(1);
    expect(readdirSync(scratchRoot).filter((name) => name.startsWith('workbench-'))).toEqual([]);
  }, 240_000);
});
