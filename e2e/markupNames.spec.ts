import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { RequestScreen } from './support/requestScreen.ts';
import { adminCredentials, rpc, setUpOffice } from './support/rpc.ts';

const unitName = '<img src=x onerror=alert(1)><b>粗</b>局';
const userName = '<img src=x onerror=alert(2)><b>粗</b>张';
const title = '<script>alert(3)</script><b>粗</b>发布会';

/** Markup in a name would have become an element: an <img src=x>, a <b> around 粗, a <script>. */
async function expectNoInjectedElements(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: '粗' })).toHaveCount(0);
  await expect(page.locator('script', { hasText: 'alert' })).toHaveCount(0);
}

test('names and titles holding markup show as their literal text and create no element', async ({
  page,
  webApp,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await setUpOffice(webApp);
  const adminClient = 'e2e-admin-arranging';
  await rpc(webApp, 'session:signIn', adminCredentials, adminClient);
  const units = (await rpc(webApp, 'units:list', {}, adminClient)).value as { id: string }[];
  await rpc(
    webApp,
    'users:create',
    {
      username: 'li.reviewer',
      displayName: '李审核',
      unitId: units[0]?.id ?? null,
      roles: ['newsOfficeReviewer'],
      password: 'reviewer-pass-1',
    },
    adminClient,
  );

  await page.goto(webApp.url);
  const signIn = new SignInScreen(page);
  const nav = new Navigation(page);
  await signIn.signIn(adminCredentials.username, adminCredentials.password);

  // The administrator adds the unit through the form: the list shows the name as typed.
  await nav.open('单位管理');
  await page.getByLabel('单位名称').fill(unitName);
  await page.getByLabel('单位类别').selectOption({ label: '县政府部门' });
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByRole('cell', { name: unitName, exact: true })).toBeVisible();

  // A name that hides a direction override is refused, with what is wrong in Chinese.
  await page.getByLabel('单位名称').fill('县教育\u202E局育教');
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByRole('alert')).toContainText('单位名称不能包含改变文字方向的控制字符。');
  await expect(page.getByRole('cell', { name: /局育教/ })).toHaveCount(0);

  // ...and a drafter of that unit, whose name holds markup too; the unit picker shows it as text.
  await nav.open('用户管理');
  await page.getByRole('button', { name: '添加用户' }).click();
  const dialog = page.getByRole('dialog', { name: '添加用户' });
  await dialog.getByLabel('用户名').fill('markup.drafter');
  await dialog.getByLabel('姓名').fill(userName);
  await expect(dialog.getByLabel('所属单位').getByRole('option', { name: unitName })).toHaveText(
    unitName,
  );
  await dialog.getByLabel('所属单位').selectOption({ label: unitName });
  await dialog.getByLabel('经办人').check();
  await dialog.getByLabel('密码').fill('drafter-pass-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText(`已添加用户 ${userName}。`);
  const row = page.getByRole('row', { name: /markup\.drafter/ });
  await expect(row.getByRole('cell', { name: userName, exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: unitName, exact: true })).toBeVisible();
  await expectNoInjectedElements(page);

  // The drafter: the header, the request form and the home page show both names literally.
  await nav.signOut();
  await signIn.signIn('markup.drafter', 'drafter-pass-1');
  await expect(page.getByText(`${userName} · ${unitName}`, { exact: true })).toBeVisible();
  await nav.open('报批');
  await page.getByRole('button', { name: '新建报批' }).click();
  const form = new RequestScreen(page);
  await expect(form.field('申请单位')).toHaveValue(unitName);
  await form.field('发布会名称/主题').fill(title);
  await form.expectSaved();
  await expectNoInjectedElements(page);
  await nav.open('首页');
  const drafts = page.getByRole('table', { name: '我的报批' });
  await expect(drafts.getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(drafts.getByRole('cell', { name: unitName, exact: true })).toBeVisible();
  await expectNoInjectedElements(page);

  // The news office: the county at a glance lists the unit, the emergency form's picker offers it.
  await nav.signOut();
  await signIn.signIn('li.reviewer', 'reviewer-pass-1');
  await expect(page.getByRole('region', { name: /全县概况/ })).toContainText(unitName);
  await expectNoInjectedElements(page);
  await nav.open('报批');
  await page.getByRole('button', { name: '登记突发事件发布' }).click();
  const picker = page.getByRole('dialog').getByLabel('涉事单位');
  await expect(picker.getByRole('option', { name: unitName })).toHaveText(unitName);
  await expectNoInjectedElements(page);

  expect(dialogs).toEqual([]);
});
