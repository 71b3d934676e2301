import { describe, expect, it } from 'vitest';
import { archiveIndexCsv, type IndexRow } from './archiveIndex.ts';

const row = (unitName: string, title: string): IndexRow => ({
  date: '2026-11-27',
  unitName,
  kind: '新闻通稿',
  title,
  fileName: '新闻通稿.docx',
  sha256: 'ab'.repeat(32),
});

const fieldsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[1]
    ?.split(',') ?? [];

describe('archiveIndexCsv', () => {
  it('keeps a name that looks like a spreadsheet formula as text', () => {
    for (const [name, written] of [
      ['=HYPERLINK("http://x","点")', `"'=HYPERLINK(""http://x""`],
      ['+1+1', "'+1+1"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
    ] as const) {
      expect(fieldsOf(archiveIndexCsv([row(name, '标题')], null))[2], name).toBe(written);
    }
  });

  it('writes ordinary names and titles as they are, quoting only what needs it', () => {
    const csv = archiveIndexCsv([row('县教育体育局', '关于"双减",答记者问')], null);
    expect(csv.split('\r\n')[1]).toBe(
      `1,2026-11-27,县教育体育局,新闻通稿,"关于""双减"",答记者问",新闻通稿.docx,${'ab'.repeat(32)}`,
    );
  });
});
