import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { adminCredentials, setUpOffice } from './support/rpc.ts';
import { password, signedInRpc } from './support/transcriptEvent.ts';

test.setTimeout(120_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/concerns';

test('舆情: the news office registers a 重大 item and sees its countdowns', async ({
  page,
  webApp,
}) => {
  await setUpOffice(webApp);
  const admin = await signedInRpc(webApp, adminCredentials.username);
  const units = await admin<{ id: string; name: string }[]>('units:list', {});
  await admin('users:create', {
    username: 'liu',
    displayName: '刘审核',
    unitId: units.find((unit) => unit.name === '县政府新闻办公室')?.id ?? null,
    roles: ['newsOfficeReviewer'],
    password,
  });
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn('liu', password);
  await new Navigation(page).open('舆情');
  await expect(page.getByRole('heading', { name: '舆情登记' })).toBeVisible();
  await page.getByRole('button', { name: '登记舆情' }).click();
  const form = page.getByRole('form', { name: '登记舆情' });
  await form.getByLabel('等级').selectOption({ label: '重大' });
  await form.getByLabel('舆情摘要').fill('网传城区某小学食堂食材过期，家长聚集反映。');
  await form.getByLabel('相关链接（每行一个）').fill('https://weibo.com/example/1');
  await form.getByLabel('县教育体育局').check();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/register-1366.png` });
  await form.getByRole('button', { name: '登记' }).click();
  const countdown = page.getByTestId('concern-countdown');
  await expect(countdown).toContainText('权威信息（5小时）');
  await expect(countdown).toContainText(/剩余 [45]小时/);
  await expect(countdown).toContainText(/新闻发布会（24小时） 剩余 2[34]小时/);
  await page.screenshot({ path: `${screenshots}/item-1366.png`, fullPage: true });

  // A screenshot of the post is kept with the item and comes back byte for byte.
  const picture = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  await page
    .getByLabel('添加截图')
    .setInputFiles({ name: '微博帖文截图.png', mimeType: 'image/png', buffer: picture });
  const attachments = page.getByRole('region', { name: '截图及附件' });
  const saved = page.waitForEvent('download');
  await attachments.getByRole('button', { name: '微博帖文截图.png' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe('微博帖文截图.png');
  expect(readFileSync(await download.path()).equals(picture)).toBe(true);

  // Three ways to answer, each on the fast track; a 答记者问 is drafted from the item.
  for (const name of ['发起突发事件报批', '起草政务新媒体发布', '起草答记者问']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  await page.getByRole('button', { name: '起草答记者问' }).click();
  await expect(page.getByRole('button', { name: '查看回应报批' })).toBeVisible();
  await expect(page.getByText(/发起回应报批“就“网传城区某小学食堂食材过期/)).toBeVisible();
  await page.getByRole('button', { name: '返回舆情列表' }).click();
  await expect(page.getByTestId('concern-clock-cell')).toContainText('剩余');
  await page.screenshot({ path: `${screenshots}/list-1366.png` });
});
