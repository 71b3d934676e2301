import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { adminCredentials, rpc, setUpOffice } from './support/rpc.ts';

test('first-run setup, a new unit and drafter, role-limited navigation, refusals and idle lock', async ({
  page,
  webApp,
}) => {
  await page.clock.install();
  await page.goto(webApp.url);

  // First run: the office, its units and the first administrator.
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();
  await page.getByLabel('本工作台所属单位').fill('示范县人民政府新闻办公室');
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('姓名').fill('王管理');
  await page.getByLabel('密码', { exact: true }).fill('admin-pass-2026');
  await page.getByLabel('再次输入密码').fill('admin-pass-2026');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('王管理 · 县政府新闻办公室')).toBeVisible();

  const nav = new Navigation(page);
  // The administrator creates a unit...
  await nav.open('单位管理');
  await page.getByLabel('单位名称').fill('县教育体育局');
  await page.getByLabel('单位类别').selectOption({ label: '县政府部门' });
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByRole('cell', { name: '县教育体育局', exact: true })).toBeVisible();

  // ...and a drafter in it.
  await nav.open('用户管理');
  await page.getByRole('button', { name: '添加用户' }).click();
  const dialog = page.getByRole('dialog', { name: '添加用户' });
  await dialog.getByLabel('用户名').fill('zhang.drafter');
  await dialog.getByLabel('姓名').fill('张经办');
  await dialog.getByLabel('所属单位').selectOption({ label: '县教育体育局' });
  await dialog.getByLabel('经办人').check();
  await dialog.getByLabel('密码').fill('drafter-pass-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已添加用户 张经办。');
  await expect(page.getByRole('cell', { name: 'zhang.drafter', exact: true })).toBeVisible();

  await nav.signOut();
  const signIn = new SignInScreen(page);
  await signIn.expectVisible();

  // A wrong password is refused with a message.
  await signIn.signIn('zhang.drafter', 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('用户名或密码不正确。');

  // The drafter sees only what the role allows.
  await signIn.signIn('zhang.drafter', 'drafter-pass-1');
  await expect(page.getByText('张经办 · 县教育体育局')).toBeVisible();
  const drafterNav = await nav.items();
  expect(drafterNav).toEqual(expect.arrayContaining(['首页', '待办', '报批', '工作指南']));
  for (const adminOnly of ['用户管理', '单位管理', '系统设置', '数据交换', '审计日志', '归档']) {
    expect(drafterNav).not.toContain(adminOnly);
  }
  await page.goto(`${webApp.origin}/#/admin/users`);
  await expect(page.getByRole('heading', { name: '用户管理' })).toHaveCount(0);

  // Idle lock returns to the sign-in screen.
  await page.clock.fastForward('16:00');
  await signIn.expectVisible();
  await expect(page.getByRole('status')).toHaveText('长时间未操作，工作台已锁定。请重新登录。');

  // The administrator disables the drafter, who then cannot sign in.
  await signIn.signIn('admin', 'admin-pass-2026');
  await nav.open('用户管理');
  await page.getByRole('button', { name: '停用 zhang.drafter' }).click();
  await expect(page.getByRole('row', { name: /zhang\.drafter/ })).toContainText('已停用');
  await nav.signOut();
  await signIn.signIn('zhang.drafter', 'drafter-pass-1');
  await expect(page.getByRole('alert')).toHaveText(
    '该账号已停用，不能登录。如有疑问请联系管理员。',
  );
});

test('a password reset ends the user’s open session, which says why on the sign-in screen', async ({
  context,
  page: drafterPage,
  webApp,
}) => {
  await setUpOffice(webApp);
  const adminClient = 'e2e-admin-arranging';
  await rpc(webApp, 'session:signIn', adminCredentials, adminClient);
  const units = (await rpc(webApp, 'units:list', {}, adminClient)).value as { id: string }[];
  await rpc(
    webApp,
    'users:create',
    {
      username: 'zhang.drafter',
      displayName: '张经办',
      unitId: units[1]?.id ?? null,
      roles: ['drafter'],
      password: 'drafter-pass-1',
    },
    adminClient,
  );

  // The drafter works in one tab, the administrator in another (each tab is its own client).
  await drafterPage.goto(webApp.url);
  await new SignInScreen(drafterPage).signIn('zhang.drafter', 'drafter-pass-1');
  await expect(drafterPage.getByText('张经办 · 县教育体育局')).toBeVisible();

  const adminPage = await context.newPage();
  await adminPage.goto(webApp.url);
  await new SignInScreen(adminPage).signIn(adminCredentials.username, adminCredentials.password);
  await new Navigation(adminPage).open('用户管理');
  await adminPage.getByRole('button', { name: '重置密码 zhang.drafter' }).click();
  await adminPage.getByRole('dialog').getByLabel('新密码').fill('drafter-pass-2');
  await adminPage.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(adminPage.getByRole('status')).toHaveText('已重置 张经办 的密码。');

  // The drafter's next step meets the sign-in screen, which says why.
  await new Navigation(drafterPage).open('报批');
  const signIn = new SignInScreen(drafterPage);
  await signIn.expectVisible();
  await expect(drafterPage.getByRole('status')).toHaveText(
    '管理员已重置您的密码，请使用新密码重新登录。',
  );
  await signIn.signIn('zhang.drafter', 'drafter-pass-2');
  await expect(drafterPage.getByText('张经办 · 县教育体育局')).toBeVisible();
  // The administrator's own session goes on.
  await new Navigation(adminPage).open('单位管理');
  await expect(adminPage.getByRole('cell', { name: '县教育体育局', exact: true })).toBeVisible();
});
