import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { convertDocxToPdf } from '../main/core/documents/testing/convertDocxToPdf.ts';
import { readPdf } from '../main/core/documents/testing/readPdf.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, signInAs } from './support/pages.ts';
import { RequestScreen } from './support/requestScreen.ts';
import { password, setUpTwoOffices } from './support/twoOffices.ts';
import { startWebApp } from './support/webApp.ts';

test.setTimeout(240_000);

const title = '2027年春季教育工作新闻发布会';

async function openRequest(page: Page): Promise<RequestScreen> {
  await new Navigation(page).open('报批');
  await page.getByRole('button', { name: title }).click();
  return new RequestScreen(page);
}

/** Exports the request's package and returns the downloaded file's path. */
async function exportPackage(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pwpkg$/);
  const path = await file.path();
  await expect(page.getByRole('status').filter({ hasText: '已导出数据包' })).toBeVisible();
  return path;
}

async function importPackage(page: Page, path: string): Promise<void> {
  await new Navigation(page).open('报批');
  await page.getByLabel('导入数据包').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: '已导入来自' })).toBeVisible();
}

test('a request goes from a department to the news office and back, returned then approved', async ({
  browser,
  webApp,
}) => {
  const newsOffice = await startWebApp();
  try {
    await setUpTwoOffices(webApp, newsOffice);
    const department = await (await browser.newContext()).newPage();
    const office = await (await browser.newContext()).newPage();
    await department.goto(webApp.url);
    await office.goto(newsOffice.url);

    // The drafter fills in and submits; the unit head signs off; the package goes to the news office.
    await signInAs(department, 'zhang', password);
    await new Navigation(department).open('报批');
    await department.getByRole('button', { name: '新建报批' }).click();
    const draft = new RequestScreen(department);
    await draft.fillComplete(title);
    await draft.expectSaved();
    await draft.act('提交审批');
    await draft.expectState('待单位负责人审核');
    await signInAs(department, 'wang', password);
    const review = await openRequest(department);
    await review.act('同意', '同意报县政府新闻办。');
    await review.expectState('待新闻办审核');
    let carried = await exportPackage(department, '导出数据包（报送新闻办）');

    // The reviewer returns it with a reason; the package goes back.
    await signInAs(office, 'liu', password);
    await importPackage(office, carried);
    const returning = await openRequest(office);
    await returning.expectState('待新闻办审核');
    await returning.act('退回修改', '请补充拟邀媒体名单。');
    await returning.expectState('退回修改');
    carried = await exportPackage(office, '导出数据包（发回报批单位）');

    // The drafter sees the reason, edits and resubmits; the unit head signs off again.
    await signInAs(department, 'zhang', password);
    await importPackage(department, carried);
    const edit = await openRequest(department);
    await edit.expectState('退回修改');
    await expect(department.getByText('请补充拟邀媒体名单。')).toBeVisible();
    await department.getByRole('button', { name: '添加媒体' }).click();
    await edit.field('媒体名称 2').fill('市日报社');
    await edit.expectSaved();
    await edit.act('提交审批');
    await signInAs(department, 'wang', password);
    await (await openRequest(department)).act('同意', '已补充媒体名单。');
    carried = await exportPackage(department, '导出数据包（报送新闻办）');

    // The news office approves, then the competent authority; the decision goes back.
    await signInAs(office, 'liu', password);
    await importPackage(office, carried);
    await (await openRequest(office)).act('同意', '同意。');
    await signInAs(office, 'huang', password);
    const approve = await openRequest(office);
    await approve.act('同意', '同意召开。');
    await approve.expectState('已批准');
    carried = await exportPackage(office, '导出数据包（发回报批单位）');

    // The department imports the decision and shows 已批准; the approval letter converts to PDF.
    await signInAs(department, 'zhang', password);
    await importPackage(department, carried);
    const approved = await openRequest(department);
    await approved.expectState('已批准');
    const letter = department.waitForEvent('download');
    await department.getByRole('button', { name: '导出审批函' }).click();
    const letterFile = await letter;
    expect(letterFile.suggestedFilename()).toBe('20270316-县教育体育局-审批函.docx');
    const pdf = await readPdf(
      await convertDocxToPdf(readFileSync(await letterFile.path()), { name: 'approval-letter' }),
    );
    expect(
      pdf.pages
        .map((page) => page.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toContain(`关于同意召开${title}的函`);
  } finally {
    await newsOffice.stop();
  }
});
