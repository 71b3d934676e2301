import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { arrangeEventWithMaterials, signInOnPage } from './support/materials.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(120_000);

/** Both sizes the office uses: the laptop and the desktop monitor. */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-output/screenshots/${name}-1366.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `test-output/screenshots/${name}-1920.png` });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('Ctrl+K shows results while typing, grouped by kind; ↓ and Enter open one', async ({
  page,
  webApp,
}) => {
  await arrangeEventWithMaterials(webApp, ['opening']);
  await page.goto(webApp.url);
  await signInOnPage(page, 'zhang');

  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: '全局搜索' });
  await expect(search).toBeFocused();
  await expect(page.getByText(/输入即搜索报批、发布材料、文字实录和口径库/).first()).toBeVisible();
  await page.keyboard.type('春季教育');
  // No Enter: the results come as the typing pauses.
  const results = page.getByRole('listbox', { name: '全局搜索' });
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  const events = results.getByRole('group', { name: '报批与活动' });
  await expect(events.getByRole('option', { name: /2027年春季教育工作新闻发布会/ })).toBeVisible();
  await expect(results.getByRole('group', { name: '发布材料' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条/ })).toBeVisible();
  await screenshots(page, 'global-search');
  await expectNoSeriousViolations(page, 'the search results');

  // Esc closes the list and keeps the text; ↓ opens it again on the first result.
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(search).toHaveValue('春季教育');
  await page.keyboard.press('ArrowDown');
  const first = results.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await first.getAttribute('id')) ?? '',
  );
  await expect(first).toContainText('2027年春季教育工作新闻发布会');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/events\//);
  await expect(
    page.getByRole('heading', { level: 1, name: /2027年春季教育工作新闻发布会/ }),
  ).toBeVisible();
  await expect(results).toBeHidden();
});

test('an address the user may not open says so and offers the way back', async ({
  page,
  webApp,
}) => {
  await arrangeEventWithMaterials(webApp, []);
  await page.goto(webApp.url);
  await signInOnPage(page, 'zhang');
  await page.goto(`${webApp.origin}/#/admin/users`);
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('您没有权限访问「用户管理」。');
  await expect(page).toHaveURL(/#\/admin\/users$/);
  await screenshots(page, 'forbidden-route');
  await expectNoSeriousViolations(page, 'the forbidden route');

  await page.goto(`${webApp.origin}/#/no-such-screen`);
  await expect(page.getByRole('heading', { level: 1, name: '找不到页面' })).toBeVisible();

  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/#\/home$/);
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '首页' }),
  ).toHaveAttribute('aria-current', 'page');
});
