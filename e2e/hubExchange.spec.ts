import type { Page } from '@playwright/test';
import { startHubForTests, type HubForTests } from '../hub/testing/startHubForTests.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, signInAs } from './support/pages.ts';
import { RequestScreen } from './support/requestScreen.ts';
import { rpc } from './support/rpc.ts';
import {
  adminClient,
  keyCardOf,
  password,
  setUpTownship,
  setUpTwoOffices,
} from './support/twoOffices.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(300_000);
test.use({ viewport: { width: 1366, height: 768 } });

const title = '2027年春季学位供给新闻发布会';
const townshipTitle = '城关镇春季防汛工作新闻发布会';

async function openRequest(page: Page, name: string): Promise<RequestScreen> {
  await new Navigation(page).open('报批');
  await page.getByRole('button', { name }).click();
  return new RequestScreen(page);
}

async function submitNewRequest(page: Page, name: string): Promise<void> {
  await new Navigation(page).open('报批');
  await page.getByRole('button', { name: '新建报批' }).click();
  const draft = new RequestScreen(page);
  await draft.fillComplete(name);
  await draft.expectSaved();
  await draft.act('提交审批');
  await draft.expectState('待单位负责人审核');
}

/** Waits for something sent through the hub to show: the page is opened again until it does. */
async function untilShown(page: Page, open: () => Promise<void>, text: string): Promise<void> {
  await expect(async () => {
    await open();
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [500, 1_000, 2_000] });
}

async function pointAtHub(app: RunningWebApp, hub: HubForTests): Promise<void> {
  const result = await rpc(
    app,
    'exchange:setHubAddress',
    { address: hub.url },
    await adminClient(app),
  );
  if (!result.ok) throw new Error(`setHubAddress: ${JSON.stringify(result)}`);
}

test('through the county hub a request reaches the news office’s 待办 with no file carried and the decision comes back; a third, offline office still exchanges by file', async ({
  browser,
  webApp: department,
}) => {
  const hub = await startHubForTests();
  const newsOffice = await startWebApp();
  const township = await startWebApp();
  try {
    await setUpTwoOffices(department, newsOffice);
    await setUpTownship(township, newsOffice);
    // The information centre enrols the department and the news office; the township stays off.
    await hub.enrol(await keyCardOf(department));
    await hub.enrol(await keyCardOf(newsOffice));
    await pointAtHub(department, hub);

    // The news office's administrator sets the address on 系统管理 → 数据交换 and sees it connect.
    const admin = await (await browser.newContext()).newPage();
    await admin.goto(newsOffice.url);
    await signInAs(admin, 'admin', 'admin-pass-2026');
    await new Navigation(admin).open('数据交换');
    const hubSection = admin.getByRole('region', { name: '交换中心' });
    await hubSection.getByLabel('交换中心地址').fill(hub.url);
    await hubSection.getByRole('button', { name: '保存' }).click();
    await expect(hubSection.getByText('已连接').first()).toBeVisible({ timeout: 30_000 });
    await admin.screenshot({ path: 'test-results/screenshots/hub-exchange-admin-1366.png' });

    // The department submits and its head signs off; nothing is exported or carried.
    const dept = await (await browser.newContext()).newPage();
    await dept.goto(department.url);
    await signInAs(dept, 'zhang', password);
    await submitNewRequest(dept, title);
    await signInAs(dept, 'wang', password);
    await (await openRequest(dept, title)).act('同意', '同意报县政府新闻办。');

    // It arrives in the news office reviewer's 待办 through the hub.
    const office = await (await browser.newContext()).newPage();
    await office.goto(newsOffice.url);
    await signInAs(office, 'liu', password);
    await untilShown(office, () => new Navigation(office).open('待办'), title);
    await (await openRequest(office, title)).act('同意', '同意。');
    await signInAs(office, 'huang', password);
    await untilShown(office, () => new Navigation(office).open('待办'), title);
    const approve = await openRequest(office, title);
    await approve.act('同意', '同意召开。');
    await approve.expectState('已批准');

    // The decision comes back to the department the same way.
    await signInAs(dept, 'zhang', password);
    await expect(async () => {
      const screen = await openRequest(dept, title);
      await screen.expectState('已批准', 1_000);
    }).toPass({ timeout: 60_000, intervals: [500, 1_000, 2_000] });

    // The township is not on the hub: its request still travels by package file.
    const town = await (await browser.newContext()).newPage();
    await town.goto(township.url);
    await signInAs(town, 'zhao', password);
    await submitNewRequest(town, townshipTitle);
    await signInAs(town, 'sun', password);
    await (await openRequest(town, townshipTitle)).act('同意', '同意报县政府新闻办。');
    const download = town.waitForEvent('download');
    await town.getByRole('button', { name: '导出数据包（报送新闻办）' }).click();
    const carried = await (await download).path();
    await signInAs(office, 'liu', password);
    await new Navigation(office).open('报批');
    await office.getByLabel('导入数据包').setInputFiles(carried);
    await expect(office.getByRole('status').filter({ hasText: '已导入来自' })).toBeVisible();
    await (await openRequest(office, townshipTitle)).expectState('待新闻办审核');
  } finally {
    await Promise.all([newsOffice.stop(), township.stop()]);
    await hub.stopAll();
  }
});
