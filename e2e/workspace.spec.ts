import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(180_000);

const demoPassword = 'demo-2026';
const screenshots = 'test-output/screenshots';

async function signInAs(page: Page, username: string): Promise<void> {
  if (await page.getByRole('button', { name: '退出登录' }).isVisible())
    await new Navigation(page).signOut();
  await new SignInScreen(page).signIn(username, demoPassword);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
}

const stage = (page: Page, name: string) =>
  page
    .getByRole('list', { name: '办理阶段' })
    .getByRole('listitem')
    .filter({ hasText: name })
    .first();

test.describe('the demo county', () => {
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('each role’s home page shows what that role should see and nothing else', async ({
    page,
  }) => {
    await page.goto(demo.url);
    await signInAs(page, 'weijian.jb');
    const nav = new Navigation(page);
    const drafterNav = await nav.items();
    expect(drafterNav).toEqual(expect.arrayContaining(['首页', '待办', '报批', '工作指南']));
    expect(drafterNav).not.toContain('用户管理');
    expect(drafterNav).not.toContain('发布要求看板');
    await expect(page.getByRole('heading', { name: /即将举行/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /全县概况/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /待我审/ })).toHaveCount(0);
    const upcoming = page.getByRole('table', { name: /即将举行/ });
    await expect(upcoming.getByRole('cell', { name: '县卫生健康委员会' }).first()).toBeVisible();
    await expect(upcoming.getByRole('cell', { name: '县教育体育局' })).toHaveCount(0);

    await signInAs(page, 'xinwenban');
    await expect(page.getByRole('heading', { name: /全县概况/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /待我审核/ })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: '待我审核' })
        .getByRole('cell', { name: '县人力资源和社会保障局' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /待追认的突发事件发布/ })).toBeVisible();

    await signInAs(page, 'zhuguan');
    await expect(
      page.getByRole('table', { name: '待我审批' }).getByRole('cell', { name: '县卫生健康委员会' }),
    ).toBeVisible();

    await signInAs(page, 'admin');
    expect(await nav.items()).not.toContain('报批');
    await expect(page.getByRole('heading', { name: /即将举行/ })).toHaveCount(0);
  });

  test('a drafter’s event workspace shows the stages, and moves when the competent authority decides', async ({
    browser,
  }) => {
    mkdirSync(screenshots, { recursive: true });
    const drafter = await (await browser.newContext()).newPage();
    const approver = await (await browser.newContext()).newPage();
    await drafter.goto(demo.url);
    await signInAs(drafter, 'weijian.jb');
    await expectNoSeriousViolations(drafter, 'home page');
    await drafter.screenshot({ path: `${screenshots}/home.png`, fullPage: true });

    const upcoming = drafter.getByRole('table', { name: /即将举行/ });
    const title =
      (await upcoming
        .getByRole('row')
        .filter({ hasText: '主管部门审批' })
        .first()
        .getByRole('button')
        .textContent()) ?? '';
    await upcoming.getByRole('button', { name: title }).click();
    await expect(stage(drafter, '报批')).toContainText('进行中');
    await expect(stage(drafter, '报批')).toContainText('主管部门尚未审批');
    await expect(stage(drafter, '发布与归档')).toContainText('受阻');
    await expect(stage(drafter, '现场实录')).toContainText('未开始');
    await expectNoSeriousViolations(drafter, 'event workspace');
    await drafter.screenshot({ path: `${screenshots}/workspace.png`, fullPage: true });

    await approver.goto(demo.url);
    await signInAs(approver, 'zhuguan');
    await approver
      .getByRole('table', { name: '待我审批' })
      .getByRole('button', { name: title })
      .click();
    await approver.getByRole('toolbar').getByRole('button', { name: '同意', exact: true }).click();
    await approver.getByRole('dialog').getByRole('textbox').fill('同意召开。');
    await approver.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await expect(stage(approver, '报批')).toContainText('已完成');

    await drafter.reload();
    await drafter.getByRole('button', { name: /^通知（\d+ 条未读通知）$/ }).click();
    const notice = drafter
      .getByRole('region', { name: '通知' })
      .getByRole('button', { name: `您的报批“${title}”已批准。` });
    await expect(notice).toBeVisible();
    await notice.click();
    await expect(stage(drafter, '报批')).toContainText('已完成');

    // Approved: the release exports as the approved Word paper, and as text for new media.
    await drafter.getByRole('tab', { name: '材料与审查' }).click();
    await drafter.getByRole('tab', { name: /新闻通稿/ }).click();
    const download = drafter.waitForEvent('download');
    await drafter.getByRole('button', { name: '导出 Word（正式稿）' }).click();
    expect((await download).suggestedFilename()).toMatch(/^\d{8}-县卫生健康委员会-新闻通稿\.docx$/);
    await drafter.getByRole('button', { name: '新媒体文本' }).click();
    const newMedia = drafter.getByRole('region', { name: '政务微博、微信文本' });
    await expect(newMedia).toContainText('按微博计');
    await expect(newMedia.getByRole('textbox')).toHaveValue(/^【.+】/);
    await drafter.screenshot({ path: `${screenshots}/release-export.png`, fullPage: true });
    await drafter.reload();
    await expect(stage(drafter, '发布与归档')).not.toContainText('未开始');
    await drafter.getByRole('tab', { name: '文件与导出' }).click();
    await expect(drafter.getByRole('table', { name: '已生成的文件' })).toContainText(
      '新闻通稿.docx',
    );
  });

  test('global search finds an event by a two-character word of its title', async ({ page }) => {
    await page.goto(demo.url);
    await signInAs(page, 'xinwenban');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: '全局搜索' }).fill('流感');
    const results = page.getByRole('listbox', { name: '全局搜索' });
    await expect(results.getByRole('group', { name: '报批与活动' })).toBeVisible();
    await results
      .getByRole('option', { name: /流感防控/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /流感防控/ })).toBeVisible();
  });
});
