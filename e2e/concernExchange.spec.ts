import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { Navigation, signInAs } from './support/pages.ts';
import { adminCredentials } from './support/rpc.ts';
import { signedInRpc } from './support/transcriptEvent.ts';
import { password, setUpTwoOffices } from './support/twoOffices.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(180_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/concerns';
const summary = '网传城区某小学食堂食材过期，家长聚集反映。';

test('舆情: an item assigned at the news office reaches the unit’s 待办 through a package', async ({
  browser,
  webApp,
}) => {
  const newsOffice = await startWebApp();
  try {
    await setUpTwoOffices(webApp, newsOffice);
    const admin = await signedInRpc(newsOffice, adminCredentials.username);
    const units = await admin<{ id: string; name: string }[]>('units:list', {});
    const education = units.find((unit) => unit.name === '县教育体育局')?.id ?? '';
    const reviewer = await signedInRpc(newsOffice, 'liu');
    const item = await reviewer<{ id: string }>('concerns:register', {
      source: 'internet',
      firstSeenAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      summary,
      links: [],
      unitIds: [education],
      level: 'major',
      clockMarked: false,
    });
    await reviewer('concerns:assign', {
      concernId: item.id,
      unitId: education,
      deadline: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    });

    const office = await (await browser.newContext()).newPage();
    await signIn(office, newsOffice, 'liu');
    await office.goto(`${newsOffice.url.split('#')[0]}#/concerns/${item.id}`);
    const send = office.getByRole('button', { name: /^导出数据包（发往/ });
    await expect(send).toBeVisible();
    mkdirSync(screenshots, { recursive: true });
    await office.screenshot({ path: `${screenshots}/sends-1366.png` });
    const download = office.waitForEvent('download');
    await send.click();
    const carried = await (await download).path();
    await expect(office.getByRole('status').filter({ hasText: '已导出数据包' })).toBeVisible();

    const department = await (await browser.newContext()).newPage();
    await signIn(department, webApp, 'zhang');
    await new Navigation(department).open('报批');
    await department.getByLabel('导入数据包').setInputFiles(carried);
    await expect(department.getByRole('status').filter({ hasText: '已导入来自' })).toBeVisible();
    await new Navigation(department).open('待办');
    await expect(department.getByText(summary)).toBeVisible();
    await department.screenshot({ path: `${screenshots}/received-todo-1366.png` });
  } finally {
    await newsOffice.stop();
  }
});

async function signIn(page: Page, app: RunningWebApp, username: string): Promise<void> {
  await page.goto(app.url);
  await signInAs(page, username, password);
}
