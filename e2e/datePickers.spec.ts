import { expect, test } from './support/fixtures.ts';
import { arrangeEventWithMaterials, materialPassword, rpcAs } from './support/materials.ts';
import { rpc } from './support/rpc.ts';

test.use({ viewport: { width: 1366, height: 768 } });

// Whatever the browser's language and the machine's time zone, the form shows the same Chinese
// date and 24-hour time and saves the same Shanghai instant.
const browsers = [
  { locale: 'en-US', timezoneId: 'America/New_York' },
  { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  { locale: 'de-DE', timezoneId: 'Europe/Berlin' },
] as const;

test('the request form picks a day and time the same way under en-US, zh-CN and de-DE', async ({
  browser,
  webApp,
}) => {
  const { requestId } = await arrangeEventWithMaterials(webApp, []);
  const reader = `e2e-reader-${Math.random().toString(36).slice(2, 10)}`;
  await rpc(webApp, 'session:signIn', { username: 'zhang', password: materialPassword }, reader);

  for (const [index, { locale, timezoneId }] of browsers.entries()) {
    const context = await browser.newContext({
      locale,
      timezoneId,
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await page.goto(webApp.url);
    await page.getByLabel('用户名').fill('zhang');
    await page.getByLabel('密码').fill(materialPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto(`${webApp.url.replace(/#.*/, '')}#/events/${requestId}`);

    // Typed: a day the way people write it, a time without its colon.
    const day = page.getByLabel('拟发布时间（开始）（日期）', { exact: true });
    const time = page.getByLabel('拟发布时间（开始）（时间）', { exact: true });
    await day.fill('2027年3月16日');
    await day.press('Tab');
    await time.fill(`${9 + index}30`);
    await time.press('Tab');
    await expect(day).toHaveValue('2027年3月16日（星期二）');
    await expect(time).toHaveValue(`${String(9 + index).padStart(2, '0')}:30`);
    // The status may still name the day's save while the time's is on its way: ask until stored.
    await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
    await expect
      .poll(async () => {
        const typed = await rpcAs<{ fields: { startsAt: string } }>(
          webApp,
          reader,
          'requests:get',
          { requestId },
        );
        return new Date(typed.fields.startsAt).toISOString();
      })
      .toBe(new Date(`2027-03-16T${String(9 + index).padStart(2, '0')}:30:00+08:00`).toISOString());

    // Picked: the month opens on the chosen day, Monday first, in Chinese; the next day by key.
    await page.getByRole('button', { name: '打开日历选择拟发布时间（开始）' }).click();
    const month = page.getByRole('dialog', { name: '选择拟发布时间（开始）' });
    await expect(month.getByText('2027年3月', { exact: true })).toBeVisible();
    await expect(month.getByRole('columnheader').first()).toHaveText('一');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(day).toHaveValue('2027年3月17日（星期三）');
    await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
    await expect
      .poll(async () => {
        const picked = await rpcAs<{ fields: { startsAt: string } }>(
          webApp,
          reader,
          'requests:get',
          { requestId },
        );
        return new Date(picked.fields.startsAt).toISOString();
      })
      .toBe(new Date(`2027-03-17T${String(9 + index).padStart(2, '0')}:30:00+08:00`).toISOString());
    if (index === 0) await page.screenshot({ path: 'test-output/date-picker-en-US.png' });

    // What cannot be a day says so beside the field and changes nothing.
    await day.fill('2027-02-30');
    await day.press('Tab');
    await expect(
      page.getByText('无法识别的日期，请按 2026-12-11 或 12月11日 填写。'),
    ).toBeVisible();
    await context.close();
  }
});
