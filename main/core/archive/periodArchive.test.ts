import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { seedDemoCounty } from '../demo/seedDemoCounty.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const run = promisify(execFile);
const folder = tempFolder();
const dataDir = join(folder.path, 'data');
const out = join(folder.path, 'archive');
const today = new Date();
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
    // Sorted by name, files go by date, then unit (the kinds within an event in any order).
    const dateAndUnit = (name: string) => name.split('-').slice(0, 2).join('-');
    const byName = [...papers].sort().map(dateAndUnit);
    expect(byName).toEqual(papers.map(dateAndUnit).toSorted((a, b) => a.localeCompare(b, 'zh-CN')));
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
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(folder.path, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...docx,
      ],
      { timeout: 170_000 },
    );
    const pdfs = readdirSync(pdfDir);
    expect(pdfs).toHaveLength(docx.length);
    for (const pdf of pdfs) {
      const info = await run('pdfinfo', [join(pdfDir, pdf)]);
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]), pdf).toBeGreaterThanOrEqual(1);
    }
  }, 180_000);
});
