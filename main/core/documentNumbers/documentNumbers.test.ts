import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivePeriod } from '../archive/periodArchive.ts';
import { xmlParagraphs } from '../documents/testing/docxXml.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import {
  approvedRequest,
  exportLetter,
  setUpNumberingOffice,
  testIssuing,
  type NumberingOffice,
} from '../testing/numberingOffice.ts';
import { tempFolder } from '../testing/tempFolder.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let office: NumberingOffice;
let requests: string[] = [];

beforeAll(async () => {
  office = await setUpNumberingOffice(folder.path, () => clock);
  requests = [];
  for (const day of [10, 11, 14, 15])
    requests.push(await approvedRequest(office, `2026-12-${day}`));
}, 120_000);

afterAll(() => {
  office.core.close();
  folder.remove();
});

const register = () => callAs(office.core, office.newsOffice, 'documentNumbers:list', {});

/** The paragraphs of the file's word/document.xml, by their text. */
const paragraphsOf = (file: { contentBase64: string }): string[] => {
  const parts = unzipSync(new Uint8Array(Buffer.from(file.contentBase64, 'base64')));
  const documentXml = parts['word/document.xml'];
  if (!documentXml) throw new Error('no word/document.xml');
  return xmlParagraphs(strFromU8(documentXml)).map((paragraph) => paragraph.text);
};

const noticeInput = async (quarter: number) => ({
  year: 2026,
  quarter,
  draft: await callAs(office.core, office.newsOffice, 'compliance:noticeDraft', {
    year: 2026,
    quarter,
  }),
});

describe('the 发文登记簿', () => {
  it('numbers two papers issued one after another consecutively, and prints the number it registers', async () => {
    const first = await exportLetter(office, requests[0] ?? '');
    const second = await exportLetter(office, requests[1] ?? '');
    const entries = await register();
    expect(entries.map((entry) => entry.number)).toEqual([
      '示政新〔2026〕2号',
      '示政新〔2026〕1号',
    ]);
    expect(entries.map((entry) => entry.paperKind)).toEqual(['approvalLetter', 'approvalLetter']);
    expect(entries[1]).toMatchObject({
      subjectId: requests[0],
      serial: 1,
      year: 2026,
      agencyCode: '示政新',
      fileSha256: first.sha256,
      title: '关于同意召开教育工作新闻发布会（12月10日）的函',
      voided: null,
    });
    expect(entries[0]?.fileSha256).toBe(second.sha256);
    expect(entries[1]?.issuedByName).toMatch(/^测试用户 /);
    // What the register says is what the paper says.
    expect(paragraphsOf(first).filter((text) => text.includes('〔'))).toEqual([entries[1]?.number]);
    expect(paragraphsOf(second).filter((text) => text.includes('〔'))).toEqual([
      entries[0]?.number,
    ]);
    // 信函格式: the 发文机关标志 is the authority's name alone.
    expect(paragraphsOf(first)).toContain(testIssuing.issuerMark);
  });

  it('gives the same paper exported again its number, whoever exports it', async () => {
    await exportLetter(office, requests[0] ?? '', office.drafter);
    const again = await exportLetter(office, requests[0] ?? '');
    const entries = await register();
    expect(entries).toHaveLength(2);
    expect(paragraphsOf(again)).toContain('示政新〔2026〕1号');
  });

  it('keeps a voided number: the next paper takes the next serial, and the voided paper a new one', async () => {
    const [latest] = await register();
    const voided = await callAs(office.core, office.newsOffice, 'documentNumbers:void', {
      id: latest?.id ?? '',
      reason: '审批函日期有误，重新印发。',
    });
    expect(voided.voided).toMatchObject({ reason: '审批函日期有误，重新印发。' });
    expect(voided.number).toBe('示政新〔2026〕2号');

    await exportLetter(office, requests[2] ?? '');
    const reissued = await exportLetter(office, requests[1] ?? '');
    const entries = await register();
    expect(entries.map((entry) => [entry.number, entry.voided?.reason ?? null])).toEqual([
      ['示政新〔2026〕4号', null],
      ['示政新〔2026〕3号', null],
      ['示政新〔2026〕2号', '审批函日期有误，重新印发。'],
      ['示政新〔2026〕1号', null],
    ]);
    expect(entries[0]?.subjectId).toBe(requests[1]);
    expect(paragraphsOf(reissued)).toContain('示政新〔2026〕4号');
  });

  it('refuses to void without a reason (in Chinese), twice, or for a role without the register', async () => {
    const [latest] = await register();
    const blank = await office.core.router.dispatch(
      'documentNumbers:void',
      { id: latest?.id ?? '', reason: '  ' },
      `web:${office.newsOffice}`,
    );
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(blank.ok ? '' : blank.error.message).toContain('作废原因不能为空');
    const voided = (await register()).find((entry) => entry.voided);
    const twice = await office.core.router.dispatch(
      'documentNumbers:void',
      { id: voided?.id ?? '', reason: '再次作废' },
      `web:${office.newsOffice}`,
    );
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const channel of ['documentNumbers:list', 'documentNumbers:void'] as const) {
      const refused = await office.core.router.dispatch(
        channel,
        channel === 'documentNumbers:list' ? {} : { id: latest?.id ?? '', reason: '越权' },
        `web:${office.drafter}`,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await callAs(office.core, office.admin, 'documentNumbers:list', {})).toHaveLength(4);
  });

  it('gives a draft 通报 no number; the final one the next, kept when it is exported again', async () => {
    const input = await noticeInput(3);
    const draft = await callAs(office.core, office.newsOffice, 'compliance:exportNotice', input);
    expect(draft.fileName).toBe('2026年第三季度新闻发布工作情况通报（草稿）.docx');
    expect(paragraphsOf(draft).some((text) => text.includes('〔'))).toBe(false);
    expect(await register()).toHaveLength(4);

    const final = await callAs(office.core, office.newsOffice, 'compliance:exportNotice', {
      ...input,
      final: true,
    });
    expect(final.fileName).toBe('2026年第三季度新闻发布工作情况通报.docx');
    const edited = { ...input.draft, closing: '特此通报。' };
    await callAs(office.core, office.newsOffice, 'compliance:exportNotice', {
      ...input,
      draft: edited,
      final: true,
    });
    const entries = await register();
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({
      number: '示政新〔2026〕5号',
      paperKind: 'notice',
      subjectId: '2026-Q3',
    });
    expect(paragraphsOf(final)).toContain('示政新〔2026〕5号');
    // 文件格式: the name with 文件; the 版记 names the 印发机关 and the day of issue.
    expect(paragraphsOf(final)).toContain(`${testIssuing.issuerMark}文件`);
    expect(paragraphsOf(final).join('\n')).toMatch(/测试县人民政府新闻办公室\s*2026年11月27日印发/);
  });

  it('counts each 机关代字 on its own', async () => {
    await callAs(office.core, office.admin, 'settings:update', {
      documentIssuing: { ...testIssuing, agencyCode: '示政新函' },
    });
    await exportLetter(office, requests[3] ?? '');
    await callAs(office.core, office.admin, 'settings:update', { documentIssuing: testIssuing });
    await callAs(office.core, office.newsOffice, 'compliance:exportNotice', {
      ...(await noticeInput(2)),
      final: true,
    });
    const numbers = (await register()).map((entry) => entry.number);
    expect(numbers.slice(0, 2)).toEqual(['示政新〔2026〕6号', '示政新函〔2026〕1号']);
  });

  it('refuses a 机关代字 that is not 1 to 8 Chinese characters, in Chinese', async () => {
    for (const agencyCode of ['SZX', '示政新示政新示政新', '示政-新']) {
      const result = await office.core.router.dispatch(
        'settings:update',
        { documentIssuing: { ...testIssuing, agencyCode } },
        `web:${office.admin}`,
      );
      expect(result, agencyCode).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(result.ok ? '' : result.error.message).toContain('机关代字须为 1 至 8 个汉字');
    }
  });

  it('audits every issue and every void', async () => {
    const audit = await callAs(office.core, office.admin, 'audit:list', { limit: 200 });
    const issued = audit.filter((entry) => entry.action === 'documentNumber.issue');
    expect(issued.map((entry) => entry.details['number']).toSorted()).toEqual(
      (await register()).map((entry) => entry.number).toSorted(),
    );
    const voids = audit.filter((entry) => entry.action === 'documentNumber.void');
    expect(voids.map((entry) => entry.details)).toEqual([
      expect.objectContaining({
        number: '示政新〔2026〕2号',
        reason: '审批函日期有误，重新印发。',
      }),
    ]);
  });

  it('files the register of the period in the archive, as a Word table and a CSV', async () => {
    const archived = await archivePeriod(
      office.core.db,
      [],
      { from: '2026-11-01', to: '2026-11-30' },
      null,
      clock,
    );
    const csv = archived.files.find((file) => file.fileName === '发文登记簿.csv');
    expect([...(csv?.bytes.subarray(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv?.bytes.toString('utf8').trim().split('\r\n') ?? [];
    expect(lines[0]).toBe(
      '序号,发文字号,文种,标题,发文日期,经办人,状态,作废时间,作废人,文件SHA-256',
    );
    expect(lines).toHaveLength(8);
    expect(lines[2]).toMatch(
      /^2,示政新〔2026〕2号,审批函,.*,2026-11-27,.*,已作废：审批函日期有误，重新印发。,/,
    );
    const docx = archived.files.find((file) => file.fileName === '发文登记簿.docx');
    const text = paragraphsOf({ contentBase64: docx?.bytes.toString('base64') ?? '' }).join('\n');
    for (const number of (await register()).map((entry) => entry.number))
      expect(text).toContain(number);

    const before = await archivePeriod(
      office.core.db,
      [],
      { from: '2026-10-01', to: '2026-10-31' },
      null,
      clock,
    );
    const empty = before.files.find((file) => file.fileName === '发文登记簿.csv');
    expect(empty?.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(1);
  });
});

describe('an office without a 机关代字', () => {
  it('issues its papers without a number and registers nothing', async () => {
    const other = tempFolder();
    const plain = await setUpNumberingOffice(other.path, () => clock, null);
    try {
      const requestId = await approvedRequest(plain, '2026-12-10');
      const letter = await exportLetter(plain, requestId);
      expect(paragraphsOf(letter).some((text) => text.includes('〔'))).toBe(false);
      const admin = await signedInUser(plain.core, plain.admin, ['administrator']);
      expect(await callAs(plain.core, admin, 'documentNumbers:list', {})).toEqual([]);
    } finally {
      plain.core.close();
      other.remove();
    }
  }, 60_000);
});
