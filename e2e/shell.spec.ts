import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { adminCredentials, setUpOffice } from './support/rpc.ts';

test('the app loads in Chinese from web mode and switches to English and back', async ({
  page,
  webApp,
}) => {
  await setUpOffice(webApp);
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn(adminCredentials.username, adminCredentials.password);
  await expect(page.getByRole('heading', { name: '欢迎使用新闻发布工作台' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to the Press Workbench' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to the Press Workbench' })).toBeVisible();

  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用新闻发布工作台' })).toBeVisible();
});
