import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { seedDemoCounty } from '../demo/seedDemoCounty.ts';
import { convertWithLibreOffice } from '../documents/testing/convertWithLibreOffice.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const run = promisify(execFile);
const folder = tempFolder();
const dataDir = join(folder.path, 'data');
const out = join(folder.path, 'archive');
// A fixed instant, so the archive's content does not depend on the day the test runs. On this day two
// units have events on 2026-11-30 whose names sort differently by code point and by pinyin.
const today = new Date('2026-12-06T04:00:00+08:00');
let files: string[] = [];

beforeAll(async () => {
  await seedDemoCounty(dataDir, today);
  const result = spawnSync(
    process.execPath,
    [
      'main/core/cli/adminMain.ts',
      'archive',
      '--data-dir',
      dataDir,
      '--from',
      addDays(shanghaiDate(today), -200),
      '--to',
      shanghaiDate(today),
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  files = readdirSync(out);
}, 120_000);
afterAll(() => folder.remove());

describe('the period archive on the demo county', () => {
  it('writes each approved event’s request papers and release, named to sort by date and unit', () => {
    const papers = files.filter((name) => name.endsWith('.docx') && !name.startsWith('归档目录'));
    expect(papers.length).toBeGreaterThanOrEqual(4);
    const kind = /^\d{8}-.+-(新闻发布会审批表|审批函|新闻通稿|发布辞|答问口径)\.docx$/;
    expect(papers.filter((name) => !kind.test(name))).toEqual([]);
    // A release is archived only with its event's approval (online interviews have no 通稿).
    const releases = papers.filter((name) => name.endsWith('-新闻通稿.docx'));
    expect(releases.length).toBeGreaterThanOrEqual(2);
    for (const release of releases) {
      expect(papers).toContain(release.replace('-新闻通稿.docx', '-审批函.docx'));
    }
  });

  it('indexes the files in code-point order of their names (as a folder listing shows), so by date', () => {
    const csv = readFileSync(join(out, '归档目录.csv'), 'utf8');
    const names = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',').at(-2) ?? '');
    const byBytes = names.toSorted((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names).toEqual(byBytes);
    expect(names.some((name) => name.startsWith('20261130-县民政局'))).toBe(true);
    expect(names.some((name) => name.startsWith('20261130-城关镇人民政府'))).toBe(true);
    const dates = names.map((name) => name.slice(0, 8));
    expect(dates).toEqual(dates.toSorted());
  });

  it('indexes every file in a CSV (with its SHA-256) and a Word table', () => {
    expect(files).toContain('归档目录.docx');
    const csv = readFileSync(join(out, '归档目录.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF序号,日期,单位,类别,标题,文件名,SHA-256')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(files.length - 2);
    for (const row of rows) expect(row).toMatch(/,[0-9a-f]{64}$/);
  });

  it('every file converts with LibreOffice', async () => {
    const pdfDir = join(folder.path, 'pdf');
    const docx = files.filter((name) => name.endsWith('.docx')).map((name) => join(out, name));
    // One LibreOffice run for the whole archive: one slow start, then a few seconds a file.
    await convertWithLibreOffice(docx, pdfDir, 220_000);
    const pdfs = readdirSync(pdfDir);
    expect(pdfs).toHaveLength(docx.length);
    for (const pdf of pdfs) {
      const info = await run('pdfinfo', [join(pdfDir, pdf)]);
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]), pdf).toBeGreaterThanOrEqual(1);
    }
  }, 240_000);
});
