import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { adminCredentials, rpc, setUpOffice } from './support/rpc.ts';
import type { RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const shanghaiToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const tomorrow = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + 86_400_000),
  );

/** Signs the administrator in over /rpc and adds two users, so the log has several people. */
async function arrangeOffice(app: RunningWebApp): Promise<void> {
  await setUpOffice(app);
  const admin = 'e2e-admin';
  await rpc(app, 'session:signIn', adminCredentials, admin);
  for (const [username, displayName] of [
    ['zhang', '张经办'],
    ['li', '李经办'],
  ] as const) {
    const created = await rpc(
      app,
      'users:create',
      { username, displayName, unitId: null, roles: ['drafter'], password: 'drafter-pass-2026' },
      admin,
    );
    expect(created.ok).toBe(true);
  }
  // 张经办 signs in: a row of his own.
  await rpc(app, 'session:signIn', { username: 'zhang', password: 'drafter-pass-2026' });
}

test('the audit log filters by person, action and day, and exports the rows as Chinese CSV', async ({
  page,
  webApp,
}) => {
  await arrangeOffice(webApp);
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn(adminCredentials.username, adminCredentials.password);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '审计日志' })
    .click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const table = page.getByRole('table');

  await page.getByLabel('操作人').selectOption({ label: '张经办' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('登录');
  await expect(page).toHaveURL(/actor=/);

  await page.getByLabel('操作人').selectOption({ label: '王管理' });
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '新增用户' });
  await expect(page).toHaveURL(/action=user\.create/);
  await expect(table.getByRole('row')).toHaveCount(3);
  for (const row of await table
    .getByRole('row')
    .all()
    .then((rows) => rows.slice(1)))
    await expect(row).toContainText('王管理新增用户用户');

  const from = page.getByRole('textbox', { name: '起始日期' });
  await from.fill(tomorrow());
  await from.press('Tab');
  await expect(page.getByText('没有符合筛选条件的审计记录。')).toBeVisible();
  await from.fill(shanghaiToday());
  await from.press('Tab');
  await expect(page).toHaveURL(new RegExp(`from=${shanghaiToday()}`));
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: 'test-output/screenshots/audit-filtered.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{8}\.csv$/);
  const bytes = readFileSync((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('时间（北京时间）,操作人,操作,对象,详情');
  expect(lines).toHaveLength(3);
  expect(
    lines
      .slice(1)
      .map((line) => line.replace(/^[^,]+,/, ''))
      .sort(),
  ).toEqual([
    '王管理,新增用户,用户,姓名：张经办；经办人',
    '王管理,新增用户,用户,姓名：李经办；经办人',
  ]);
  expect(lines[1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2},/);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();

  // The export is itself in the log.
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '导出审计日志' });
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('the key card shows the fingerprint in groups, copies the card text and prints alone', async ({
  page,
  webApp,
  context,
}) => {
  await setUpOffice(webApp);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn(adminCredentials.username, adminCredentials.password);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '数据交换' })
    .click();
  const card = page.getByRole('region', { name: '本机交换名片' });
  await expect(card).toContainText('示范县人民政府新闻办公室');
  await expect(card).toContainText(/密钥生成日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
  const admin = 'e2e-key-card';
  await rpc(webApp, 'session:signIn', adminCredentials, admin);
  const identity = (await rpc(webApp, 'exchange:identity', {}, admin)).value as {
    installationId: string;
    fingerprint: string;
    card: string;
  };
  const groups = card.locator('.fingerprint-groups--large .fingerprint-groups__group');
  await expect(groups).toHaveText(identity.fingerprint.split(' '));
  // The installation as a short code in groups of four; the full id one click away.
  const digits = identity.installationId.replace(/-/g, '').toUpperCase();
  await expect(card).toContainText(`工作台编号${digits.slice(0, 4)} ${digits.slice(4, 8)}`);
  await expect(card.getByText(identity.installationId, { exact: true })).toBeHidden();
  await card.getByRole('button', { name: '显示完整编号' }).click();
  await expect(card.getByText(identity.installationId, { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: '收起完整编号' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/screenshots/key-card-full-id-1366.png' });
  await card.getByRole('button', { name: '收起完整编号' }).click();
  await expect(card.getByText(identity.installationId, { exact: true })).toBeHidden();
  // The raw card text stays behind 显示名片原文.
  await expect(card.getByRole('textbox')).toBeHidden();

  await card.getByRole('button', { name: '复制名片' }).click();
  await expect(card.getByRole('status')).toContainText('已复制名片');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(identity.card);

  await card.getByRole('button', { name: '打印' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(card.locator('.fingerprint-groups__group').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '登记对方工作台' })).toBeHidden();
  await expect(card.getByRole('button', { name: '复制名片' })).toBeHidden();
  await page.screenshot({ path: 'test-output/screenshots/key-card-print.png' });
});
