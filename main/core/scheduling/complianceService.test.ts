import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceBoard } from '../../../shared/domain/schedulingCompliance.ts';
import type { Person } from '../../../shared/domain/requests.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { renderPageToPng } from '../documents/testing/renderPageToPng.ts';
import { callAs } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { storeEvents, type StoredEvent } from './testing/storedEvents.ts';
import { schedulingCounty, type SchedulingCounty } from './testing/schedulingCounty.ts';

const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let county: SchedulingCounty;
let newsOffice: string;
let board: ComplianceBoard;
let education = '';
let township = '';
let cancelledId = '';

const content = (participants: Person[]) => ({ ...completeFields('').content, participants });
const on = (date: string) => `${date}T09:30:00+08:00`;

beforeAll(async () => {
  county = await schedulingCounty(folder.path, () => clock);
  newsOffice = await county.user('县政府新闻办公室', ['newsOfficeReviewer']);
  education = county.unit('县教育体育局');
  township = county.unit('城关镇人民政府');
  const office = county.unit('县政府新闻办公室');
  await callAs(county.core, newsOffice, 'registers:saveProfile', {
    unitId: education,
    designated: true,
    principalHeadName: '王局长',
    principalHeadTitle: '局长',
  });
  await callAs(county.core, newsOffice, 'registers:saveSpokesperson', {
    unitId: education,
    name: '钱发言',
    title: '副局长',
    phone: '13800138000',
    appointedOn: '2026-01-05',
    filedOn: '2026-03-01',
    removedOn: null,
    note: '',
  });
  const events: StoredEvent[] = [
    { unitId: education, startsAt: on('2026-02-10') },
    { unitId: education, startsAt: on('2026-05-12'), state: 'cancelled' },
    { unitId: education, startsAt: on('2026-08-20') },
    { unitId: education, startsAt: on('2026-12-10') },
    {
      unitId: township,
      startsAt: on('2026-03-05'),
      fields: { form: 'newMedia', isEmergency: true, title: '城区内涝应急处置情况发布' },
    },
    {
      unitId: office,
      startsAt: on('2026-04-15'),
      fields: { content: content([{ name: '钱发言', title: '新闻发言人' }]) },
    },
    {
      unitId: office,
      startsAt: on('2026-09-10'),
      fields: { content: content([{ name: '王局长', title: '局长' }]) },
    },
    { unitId: education, startsAt: on('2026-06-03'), fields: { form: 'onlineInterview' } },
    {
      unitId: education,
      startsAt: on('2026-10-20'),
      state: 'postponed',
      fields: { form: 'onlineInterview' },
    },
  ];
  cancelledId = storeEvents(county.core.db, events)[1] ?? '';
  board = await callAs(county.core, newsOffice, 'compliance:board', { year: 2026 });
});

afterAll(() => {
  county.core.close();
  folder.remove();
});

const row = (unitId: string) => board.rows.find((candidate) => candidate.unitId === unitId);
const quarters = (unitId: string, rule: 'pressConference' | 'newsOfficeAppearance') =>
  row(unitId)?.quarters.map((cells) => cells[rule]?.status);

describe('the compliance board', () => {
  it('shows each unit’s quarters: met, missed, and the current one open', () => {
    expect(quarters(education, 'pressConference')).toEqual(['met', 'missed', 'met', 'met']);
    expect(row(education)?.quarters[3]?.pressConference).toMatchObject({ upcoming: 1 });
    expect(quarters(township, 'pressConference')).toEqual(['met', 'missed', 'missed', 'open']);
    expect(quarters(education, 'newsOfficeAppearance')).toEqual(['missed', 'met', 'met', 'open']);
    expect(row(township)?.quarters[0]?.newsOfficeAppearance).toBeUndefined();
  });

  it('judges the yearly rules and warns about those at risk', () => {
    expect(row(education)?.year).toMatchObject({
      principalHeadAppearance: { status: 'met', count: 1 },
      onlineInterviews: { status: 'atRisk', count: 1, required: 2 },
      spokespersonFiling: { status: 'met' },
      expertPoolFiling: { status: 'atRisk', note: 'noEntries' },
    });
    expect(row(township)?.year.principalHeadInterview).toMatchObject({
      status: 'atRisk',
      note: 'noPrincipalHead',
    });
    const interviews = board.warnings.find((warning) => warning.rule === 'onlineInterviews');
    expect(interviews).toMatchObject({ deadline: '2026-12-31', daysLeft: 35 });
    expect(interviews?.units.map((unit) => unit.unitName)).toEqual(['县教育体育局']);
  });

  it('drills down to the events counted and those that were not, with why', async () => {
    const second = await callAs(county.core, newsOffice, 'compliance:cell', {
      unitId: education,
      year: 2026,
      quarter: 2,
      rule: 'pressConference',
    });
    expect(second.counted).toEqual([]);
    expect(second.notCounted).toMatchObject([{ requestId: cancelledId, reason: 'cancelled' }]);
    const appearances = await callAs(county.core, newsOffice, 'compliance:cell', {
      unitId: education,
      year: 2026,
      quarter: null,
      rule: 'principalHeadAppearance',
    });
    expect(appearances.counted.map((event) => event.unitName)).toEqual(['县政府新闻办公室']);
    const filing = await callAs(county.core, newsOffice, 'compliance:cell', {
      unitId: education,
      year: 2026,
      quarter: null,
      rule: 'spokespersonFiling',
    });
    expect(filing.filings).toEqual([
      { name: '钱发言', filedOn: '2026-03-01', deadline: '2026-12-31' },
    ]);
  });

  it('refuses a quarter for a yearly rule', async () => {
    const result = await county.core.router.dispatch(
      'compliance:cell',
      { unitId: education, year: 2026, quarter: 1, rule: 'onlineInterviews' },
      `web:${newsOffice}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the rules read their numbers from settings', () => {
  it('two conferences a quarter, and the expert pool due by 30 June', async () => {
    const settings = await callAs(county.core, county.admin, 'settings:get', {});
    const compliance = {
      ...settings.compliance,
      pressConferencesPerQuarter: 2,
      expertPoolFilingDeadline: '06-30',
    };
    await callAs(county.core, county.admin, 'settings:update', { compliance });
    try {
      const stricter = await callAs(county.core, newsOffice, 'compliance:board', { year: 2026 });
      const education = stricter.rows.find(
        (candidate) => candidate.unitId === county.unit('县教育体育局'),
      );
      expect(education?.quarters[0]?.pressConference).toMatchObject({
        status: 'missed',
        count: 1,
        required: 2,
      });
      expect(education?.year.expertPoolFiling).toMatchObject({
        status: 'missed',
        note: 'noEntries',
      });
    } finally {
      await callAs(county.core, county.admin, 'settings:update', {
        compliance: settings.compliance,
      });
    }
  });

  it('refuses a deadline that is not a day of every year', async () => {
    const settings = await callAs(county.core, county.admin, 'settings:get', {});
    const result = await county.core.router.dispatch(
      'settings:update',
      { compliance: { ...settings.compliance, spokespersonFilingDeadline: '02-30' } },
      `web:${county.admin}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the 通报', () => {
  it('is drafted from the board: who met the rules and who did not', async () => {
    const draft = await callAs(county.core, newsOffice, 'compliance:noticeDraft', {
      year: 2026,
      quarter: 3,
    });
    expect(draft.title).toBe('关于2026年第三季度全县新闻发布\n工作情况的通报');
    const text = JSON.stringify(draft.sections);
    expect(draft.sections.map((section) => section.heading)).toEqual([
      '一、总体情况',
      '二、达到要求的单位',
      '三、未达到要求的单位',
      '四、下一步工作要求',
    ]);
    expect(draft.sections[1]?.lines).toEqual(['县教育体育局。']);
    expect(draft.sections[2]?.lines).toEqual(['城关镇人民政府：未举办新闻发布会。']);
    expect(text).toContain('经审批举办新闻发布会2场');
    expect(draft.organisation).toBe('测试县人民政府新闻办公室');
    expect(draft.date).toBe('2026-11-27');
  });

  it('for the year names the quarters and the yearly rules', async () => {
    const draft = await callAs(county.core, newsOffice, 'compliance:noticeDraft', {
      year: 2026,
      quarter: null,
    });
    const lines = draft.sections.flatMap((section) => section.lines);
    expect(lines).toContain('城关镇人民政府：第二、三季度未举办新闻发布会。');
    const unfinished = draft.sections.find((section) => section.heading.includes('尚未完成'));
    expect(unfinished?.heading).toBe('四、尚未完成的单位（截至11月27日）');
    expect(unfinished?.lines.find((line) => line.startsWith('县教育体育局：'))).toContain(
      '全年开展政府网站在线访谈1次（应不少于2次）',
    );
  });

  it('exports exactly the edited text as a GB/T 9704 Word file that LibreOffice converts', async () => {
    const draft = await callAs(county.core, newsOffice, 'compliance:noticeDraft', {
      year: 2026,
      quarter: 3,
    });
    const edited = {
      ...draft,
      closing: '特此通报，请各单位对照整改。',
      sections: draft.sections.map((section, index) =>
        index === 2
          ? { ...section, lines: [...section.lines, '县民政局：未报送发布计划。'] }
          : section,
      ),
    };
    const file = await callAs(county.core, newsOffice, 'compliance:exportNotice', {
      year: 2026,
      quarter: 3,
      draft: edited,
      final: true,
    });
    expect(file.fileName).toBe('2026年第三季度新闻发布工作情况通报.docx');
    const outDir = join(documentTestOutput, 'scheduling');
    const pdf = await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
      outDir,
      name: 'notice',
    });
    await renderPageToPng(pdf, 1, join(outDir, 'notice-page-1.png'));
    const read = await readPdf(pdf);
    const text = withoutWhitespace(read.pages.map((page) => page.text).join(''));
    for (const expected of [
      '关于2026年第三季度全县新闻发布工作情况的通报',
      '各乡镇人民政府，工业园区管委会，县政府各部门：',
      '三、未达到要求的单位',
      '1.城关镇人民政府：未举办新闻发布会。',
      '2.县民政局：未报送发布计划。',
      '县教育体育局。',
      '特此通报，请各单位对照整改。',
      '测试县人民政府新闻办公室',
      '2026年11月27日',
      // The 版记 keeps the notice's own 抄送 beside the register's 印发机关.
      '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
      '测试县人民政府新闻办公室2026年11月27日印发',
    ])
      expect(text, expected).toContain(withoutWhitespace(expected));
    expect(read.pages[0]?.text).toMatch(/—\s*1\s*—/);
    const audit = await callAs(county.core, county.admin, 'audit:list', { limit: 5 });
    expect(
      audit.find((entry) => entry.action === 'compliance.exportNotice')?.details,
    ).toMatchObject({ sha256: file.sha256, fileName: file.fileName });
  }, 240_000);
});
