import { groupedHash, shortCode } from '../shared/text/checkCode.ts';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { password, setUpApprovedEvent, signedInRpc } from './support/transcriptEvent.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(120_000);

test('an approved request shows its 校验码, the full value one click away to read and copy', async ({
  page,
  webApp,
  context,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  const drafter = await signedInRpc(webApp, 'jilu');
  const { approvedHash } = await drafter<{ approvedHash: string }>('requests:get', { requestId });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn('jilu', password);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await page.goto(`${webApp.origin}/#/events/${requestId}`);

  const next = page.getByRole('region', { name: '现在可以做' });
  await expect(next).toContainText(`审批内容校验码：${shortCode(approvedHash)}`);
  const full = next.getByLabel('完整校验值（SHA-256）');
  await expect(full).toBeHidden();
  const show = next.getByRole('button', { name: '显示完整校验值' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(full).toHaveText(groupedHash(approvedHash));
  const hide = next.getByRole('button', { name: '收起完整校验值' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  const controlled = await hide.getAttribute('aria-controls');
  expect(await full.evaluate((code) => code.parentElement?.id)).toBe(controlled);

  await next.getByRole('button', { name: '复制', exact: true }).click();
  await expect(next.getByRole('status')).toHaveText('已复制完整校验值。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(approvedHash);
  await page.screenshot({ path: 'test-output/screenshots/check-code-1366.png' });

  await hide.click();
  await expect(full).toBeHidden();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
});
