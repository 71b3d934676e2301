import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { convertDocxToPdf } from '../main/core/documents/testing/convertDocxToPdf.ts';
import { readPdf } from '../main/core/documents/testing/readPdf.ts';
import { addDays, shanghaiDate } from '../shared/rules/workingDays.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/pages.ts';
import { adminCredentials, rpc, setUpOffice } from './support/rpc.ts';
import { password, seedTwoQuarters } from './support/schedulingCounty.ts';
import {
  BoardScreen,
  CalendarScreen,
  downloadBy,
  quarterName,
} from './support/schedulingScreens.ts';
import { newDataDir, startWebApp, type RunningWebApp } from './support/webApp.ts';
import { fillDateTime } from './support/dateFields.ts';

test.setTimeout(240_000);

const screenshots = 'test-output/scheduling';

test('events across two quarters for three units: the board shows the cells, the 通报 names them', async ({
  page,
}) => {
  const dataDir = newDataDir();
  const period = await seedTwoQuarters(dataDir);
  const app = await startWebApp({ dataDir });
  try {
    const [first, second] = [quarterName(period.first), quarterName(period.second)];
    await page.goto(app.url);
    await signInAs(page, 'liu', password);
    const board = new BoardScreen(page);
    await board.open(period.year);
    await board.expectCell('县教育体育局', first, '发布会', '达标');
    await board.expectCell('县教育体育局', second, '发布会', '达标');
    await board.expectCell('城关镇人民政府', first, '发布会', '达标');
    await board.expectCell('城关镇人民政府', second, '发布会', '未达标');
    await board.expectCell('县民政局', first, '发布会', '未达标');
    await board.expectCell('县民政局', second, '发布会', '达标');
    await expect(page.getByRole('img', { name: /各季度新闻发布会达标情况/ })).toBeVisible();
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/board.png`, fullPage: true });

    // Drill-down: the cancelled conference is listed, and why it does not count.
    const dialog = await board.drillDown('城关镇人民政府', second, '发布会');
    await expect(dialog.getByText('已取消，不计入')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    const emergency = await board.drillDown('县民政局', second, '发布会');
    await expect(
      emergency.getByRole('button', { name: '低温雨雪冰冻灾害救助情况发布' }),
    ).toBeVisible();
    await emergency.getByRole('button', { name: '关闭' }).click();

    // The 通报 for the second quarter: drafted, edited, exported; the Word file names who met
    // the rules and who did not.
    await page.getByRole('tab', { name: '通报' }).click();
    await page.getByLabel('通报期间').selectOption({ label: `${period.year}年${second}` });
    await page.getByRole('button', { name: '生成通报草稿' }).click();
    await expect(page.getByLabel('第3部分内容（每行一项）')).toHaveValue(
      '城关镇人民政府：未举办新闻发布会。',
    );
    await expect(page.getByLabel('第2部分内容（每行一项）')).toHaveValue(
      '县教育体育局、县民政局。',
    );
    await page.getByLabel('结尾').fill('特此通报，请未达到要求的单位于下季度补足。');
    await page.screenshot({ path: `${screenshots}/notice-editor.png`, fullPage: true });
    const download = await downloadBy(page, '导出 Word 文件');
    expect(download.suggestedFilename()).toBe(
      `${period.year}年第${second}新闻发布工作情况通报.docx`,
    );
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
    const pdf = await readPdf(await convertDocxToPdf(await download.path()));
    const text = pdf.pages
      .map((item) => item.text)
      .join('')
      .replace(/\s+/g, '');
    expect(text).toContain(`关于${period.year}年第${second}全县新闻发布工作情况的通报`);
    const metAt = text.indexOf('达到要求的单位');
    const missedAt = text.indexOf('未达到要求的单位');
    expect(text.slice(metAt, missedAt)).toContain('县教育体育局、县民政局。');
    expect(text.slice(missedAt)).toContain('1.城关镇人民政府：未举办新闻发布会。');
    expect(text).toContain('特此通报，请未达到要求的单位于下季度补足。');
  } finally {
    await app.stop();
  }
});

interface Booking {
  readonly unit: string;
  readonly drafter: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly approve: boolean;
}

test('the calendar flags a double booking, not back-to-back events, exports .ics and reschedules', async ({
  page,
  webApp,
}) => {
  await setUpCalendarOffice(webApp);
  const day = (() => {
    let date = addDays(shanghaiDate(new Date()), 21);
    while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) date = addDays(date, 1);
    return date;
  })();
  const at = (time: string) => `${day}T${time}:00+08:00`;
  const bookings: readonly Booking[] = [
    {
      unit: '县教育体育局',
      drafter: 'jiaoyu.jb',
      title: '秋季学期教育工作发布会',
      start: at('09:30'),
      end: at('10:30'),
      approve: true,
    },
    {
      unit: '城关镇人民政府',
      drafter: 'chengguan.jb',
      title: '城区改造情况发布会',
      start: at('09:45'),
      end: at('10:15'),
      approve: false,
    },
    {
      unit: '县教育体育局',
      drafter: 'jiaoyu.jb',
      title: '校园安全专题发布会',
      start: at('10:30'),
      end: at('11:30'),
      approve: true,
    },
  ];
  for (const booking of bookings) await book(webApp, booking);

  await page.goto(webApp.url);
  await signInAs(page, 'jiaoyu.jb', password);
  const calendar = new CalendarScreen(page);
  await calendar.open();
  await calendar.goToMonth(`${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月`);
  await expect(calendar.event('秋季学期教育工作发布会.*有冲突')).toBeVisible();
  await expect(calendar.event('校园安全专题发布会')).not.toHaveAccessibleName(/有冲突/);
  await page.screenshot({ path: `${screenshots}/calendar-month.png`, fullPage: true });

  await calendar.view('日程');
  const agenda = page.getByRole('table', { name: '日程' });
  await expect(agenda.getByRole('row', { name: /秋季学期教育工作发布会/ })).toContainText('冲突');
  await expect(agenda.getByRole('row', { name: /校园安全专题发布会/ })).not.toContainText('冲突');
  await calendar.view('周');
  await page.screenshot({ path: `${screenshots}/calendar-week.png`, fullPage: true });
  await calendar.view('月');

  await calendar.event('秋季学期教育工作发布会').click();
  const details = page.getByRole('dialog', { name: '秋季学期教育工作发布会' });
  await expect(details.getByRole('note')).toContainText('场地 县政府新闻发布厅');
  await expect(details.getByRole('note')).toContainText('另一单位审批中的活动');
  const ics = await downloadBy(page, '导出到日历（.ics）');
  const calendarFile = new ICAL.Component(ICAL.parse(readFileSync(await ics.path(), 'utf8')));
  const vevent = calendarFile.getFirstSubcomponent('vevent');
  expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Shanghai');
  expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe(`${day}T09:30:00`);
  expect(vevent?.getFirstPropertyValue('summary')).toBe('秋季学期教育工作发布会');

  await details.getByRole('button', { name: '改期' }).click();
  const reschedule = page.getByRole('dialog', { name: /^改期/ });
  await expect(reschedule.getByRole('note').first()).toContainText('原审批即行失效');
  await fillDateTime(reschedule, '新的开始时间', `${day}T14:00`);
  await fillDateTime(reschedule, '新的结束时间', `${day}T15:00`);
  await reschedule.getByLabel('原因').fill('主发布人另有公务。');
  await reschedule.getByRole('button', { name: '确认改期' }).click();
  await expect(page.getByRole('status').filter({ hasText: '原审批已失效' })).toBeVisible();
  await expect(calendar.event('秋季学期教育工作发布会.*已改期')).toBeVisible();
  await expect(calendar.event('秋季学期教育工作发布会')).not.toHaveAccessibleName(/有冲突/);
});

async function setUpCalendarOffice(app: RunningWebApp): Promise<void> {
  await setUpOffice(app);
  const admin = `e2e-${randomUUID()}`;
  await rpc(app, 'session:signIn', adminCredentials, admin);
  const units = (await rpc(app, 'units:list', {}, admin)).value as { id: string; name: string }[];
  const unitId = (name: string) => units.find((unit) => unit.name === name)?.id ?? null;
  const people: readonly [string, string, string][] = [
    ['jiaoyu.jb', '县教育体育局', 'drafter'],
    ['jiaoyu.fzr', '县教育体育局', 'unitHead'],
    ['chengguan.jb', '城关镇人民政府', 'drafter'],
    ['liu', '县政府新闻办公室', 'newsOfficeReviewer'],
    ['zhuguan', '县政府新闻办公室', 'authorityApprover'],
  ];
  for (const [username, unit, role] of people) {
    const created = await rpc(
      app,
      'users:create',
      { username, displayName: `${username}用户`, unitId: unitId(unit), roles: [role], password },
      admin,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
  }
}

/** A request drafted and submitted through /rpc, and approved at every level if asked. */
async function book(app: RunningWebApp, booking: Booking): Promise<void> {
  const as = async (username: string) => {
    const client = `e2e-${randomUUID()}`;
    await rpc(app, 'session:signIn', { username, password }, client);
    return async (channel: string, input: unknown) => {
      const result = await rpc(app, channel, input, client);
      if (!result.ok) throw new Error(`${username} ${channel}: ${JSON.stringify(result.error)}`);
      return result.value as { id: string; revision: number; fields: { unitId: string } };
    };
  };
  const drafter = await as(booking.drafter);
  const draft = await drafter('requests:create', { title: booking.title });
  const fields = {
    ...draft.fields,
    title: booking.title,
    startsAt: booking.start,
    endsAt: booking.end,
    venue: '县政府新闻发布厅',
    content: {
      conferenceKind: 'routine',
      host: { name: '李主持', title: '县政府新闻办主任' },
      mainSpeaker: { name: `${booking.unit}负责人`, title: '局长' },
      spokesperson: {
        name: booking.unit === '县教育体育局' ? '钱发言' : '曹发言',
        title: '新闻发言人',
      },
      participants: [],
      summary: '发布有关工作情况。',
      invitedMedia: [{ name: '县融媒体中心', kind: 'newMedia' }],
      contact: { name: '周联系', phone: '0791-86001234' },
      otherAgencies: [],
      spokespersonOpinion: '拟同意。',
      leaderOpinion: '',
    },
  };
  const saved = await drafter('requests:saveDraft', {
    requestId: draft.id,
    revision: draft.revision,
    fields,
  });
  await drafter('requests:submit', { requestId: draft.id, revision: saved.revision });
  if (!booking.approve) return;
  for (const decider of ['jiaoyu.fzr', 'liu', 'zhuguan'])
    await (
      await as(decider)
    )('requests:decide', { requestId: draft.id, decision: 'approve', comment: '同意。' });
}
