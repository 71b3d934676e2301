import { mkdirSync } from 'node:fs';
import { addDays, shanghaiDate } from '../shared/rules/workingDays.ts';
import { testPassword } from '../main/core/testing/accounts.ts';
import {
  approvedRequest,
  newsOfficeUsername,
  setUpNumberingOffice,
} from '../main/core/testing/numberingOffice.ts';
import { DocumentRegisterScreen } from './support/documentRegisterScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { newDataDir, startWebApp } from './support/webApp.ts';

test.setTimeout(120_000);

const screenshots = 'test-output/screenshots';

test('the administrator sets the 机关代字; the news office exports a final 审批函, sees its 发文字号 in the register, and voids it with a reason', async ({
  page,
}) => {
  // An office with one request approved at every level, a month ahead, and no 机关代字 yet.
  const dataDir = newDataDir();
  const office = await setUpNumberingOffice(dataDir, () => new Date(), null);
  const eventDate = addDays(shanghaiDate(new Date()), 30);
  await approvedRequest(office, eventDate);
  office.core.close();
  const title = `教育工作新闻发布会（${Number(eventDate.slice(5, 7))}月${Number(eventDate.slice(8, 10))}日）`;
  const number = `示政新〔${shanghaiDate(new Date()).slice(0, 4)}〕1号`;

  const app = await startWebApp({ dataDir });
  try {
    await page.goto(app.url);
    await new SignInScreen(page).signIn('admin', testPassword);
    await new Navigation(page).open('系统设置');
    const issuing = page.getByRole('form', { name: '发文字号与版头' });
    await issuing.getByLabel('机关代字').fill('SZX');
    await issuing.getByRole('button', { name: '保存设置' }).click();
    await expect(issuing.getByRole('alert')).toContainText('机关代字须为 1 至 8 个汉字');
    await issuing.getByLabel('机关代字').fill('示政新');
    await issuing.getByRole('button', { name: '保存设置' }).click();
    await expect(issuing.getByRole('status')).toHaveText('设置已保存。');
    await new Navigation(page).signOut();

    await new SignInScreen(page).signIn(newsOfficeUsername, testPassword);
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();

    const register = new DocumentRegisterScreen(page);
    await register.open();
    await expect(register.row('示政新〔')).toHaveCount(0);

    await new Navigation(page).open('报批');
    await page.getByRole('button', { name: title }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出审批函' }).click();
    expect((await download).suggestedFilename()).toMatch(/-审批函\.docx$/);

    await register.open();
    const row = register.row(number);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('审批函');
    await expect(row).toContainText(`关于同意召开${title}的函`);
    await expect(row).toContainText('有效');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/document-register.png`, fullPage: true });

    await register.voidNumber(number, '审批函日期有误，重新印发。');
    await expect(page.getByRole('status').filter({ hasText: `${number}已作废。` })).toBeVisible();
    await expect(register.row(number)).toContainText('已作废：审批函日期有误，重新印发。');
    await expect(page.getByRole('button', { name: `作废 ${number}` })).toHaveCount(0);
  } finally {
    await app.stop();
  }
});
