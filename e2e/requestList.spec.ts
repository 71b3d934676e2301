import { mkdirSync } from 'node:fs';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { RequestList } from './support/requestList.ts';
import { RequestScreen } from './support/requestScreen.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(240_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/screenshots';

test.describe('新建报批 and the 报批 list on the demo county', () => {
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('a new request stores nothing until typed, needs everything before 提交审批, and 删除草稿 asks first', async ({
    page,
  }) => {
    await page.goto(demo.url);
    await new SignInScreen(page).signIn('jiaoyu.jb', 'demo-2026');
    const nav = new Navigation(page);
    const list = new RequestList(page);
    await nav.open('报批');
    const before = await list.total();

    // Opened and left without typing: nothing is stored, nothing is red, 提交审批 waits.
    await page.getByRole('button', { name: '新建报批' }).click();
    await expect(page).toHaveURL(/#\/requests\/new$/);
    const needed = page.getByRole('region', { name: /还需填写/ });
    await expect(needed).toContainText('请填写发布会名称或主题');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(page.getByText('受阻')).toHaveCount(0);
    const toolbar = page.getByRole('toolbar', { name: '发布会报批' });
    await expect(toolbar.getByRole('button', { name: '提交审批' })).toBeDisabled();
    await expect(toolbar.getByRole('button', { name: '取消发布' })).toHaveCount(0);
    await page.screenshot({ path: `${screenshots}/request-new-1366.png` });
    await expectNoSeriousViolations(page, '新建报批');
    await nav.open('报批');
    await list.expectTotal(before);
    await page.reload();
    await list.expectTotal(before);

    // A field left empty after a visit is marked; the others stay plain.
    await page.getByRole('button', { name: '新建报批' }).click();
    const form = new RequestScreen(page);
    await form.field('发布会名称/主题').focus();
    await form.field('拟发布地点').focus();
    await expect(form.field('发布会名称/主题')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);

    // Typing stores the draft; 提交审批 opens only once the checklist is empty.
    await form.fillComplete('春季学期教育重点工作新闻发布会');
    await form.field('联系电话').fill('');
    await form.expectSaved();
    await expect(needed).toContainText('请填写联系电话');
    await expect(toolbar.getByRole('button', { name: '提交审批' })).toBeDisabled();
    await form.field('联系电话').fill('0791-86001234');
    await expect(needed).toHaveCount(0);
    await expect(toolbar.getByRole('button', { name: '提交审批' })).toBeEnabled();
    await expect(page).toHaveURL(/#\/requests\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: `${screenshots}/request-draft-complete-1366.png` });
    await nav.open('报批');
    await list.expectTotal(before + 1);

    // 删除草稿 asks first; keeping it changes nothing, deleting it takes it off the list.
    await list.search('春季学期');
    await list.table.getByRole('button', { name: '春季学期教育重点工作新闻发布会' }).click();
    await page
      .getByRole('toolbar', { name: '发布会报批' })
      .getByRole('button', { name: '删除草稿' })
      .click();
    const dialog = page.getByRole('dialog', { name: '删除草稿' });
    await expect(dialog).toContainText('确定删除草稿「春季学期教育重点工作新闻发布会」吗？');
    await dialog.getByRole('button', { name: '保留草稿' }).click();
    await expect(dialog).toHaveCount(0);
    await page
      .getByRole('toolbar', { name: '发布会报批' })
      .getByRole('button', { name: '删除草稿' })
      .click();
    await page
      .getByRole('dialog', { name: '删除草稿' })
      .getByRole('button', { name: '删除' })
      .click();
    await expect(page).toHaveURL(/#\/requests$/);
    await list.expectTotal(before);
  });

  test('the news office finds a request by a title word and by unit, pages, and keeps the filter through a reload', async ({
    page,
  }) => {
    await page.goto(demo.url);
    await new SignInScreen(page).signIn('xinwenban', 'demo-2026');
    const list = new RequestList(page);
    await new Navigation(page).open('报批');
    const all = await list.total();
    expect(all).toBeGreaterThan(50);

    // Paging: 50 a page, 上一页/下一页.
    const pager = page.getByRole('navigation', { name: '分页' }).first();
    await expect(pager).toContainText('第 1–50 条');
    await expect(pager.getByRole('button', { name: '上一页' })).toBeDisabled();
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect(pager).toContainText(`第 51–${Math.min(100, all)} 条`);
    await expect(list.table.locator('tbody tr')).toHaveCount(Math.min(50, all - 50));
    await pager.getByRole('button', { name: '上一页' }).click();
    await expect(pager).toContainText('第 1–50 条');

    // A word of the title.
    await list.search('教育');
    await expect(page).toHaveURL(/keyword=/);
    await expect.poll(() => list.total()).toBeLessThan(all);
    await expect(
      list.table.getByRole('button', { name: '2026年第四季度教育重点工作新闻发布会' }),
    ).toBeVisible();
    await page.screenshot({ path: `${screenshots}/request-list-keyword-1366.png` });
    await expectNoSeriousViolations(page, '报批 list with a keyword');

    // The filter is in the address: a reload shows the same list and the same field.
    await expect(page).toHaveURL(/keyword=/);
    const found = await list.total();
    await page.reload();
    await expect(list.filters.getByLabel('关键词')).toHaveValue('教育');
    await list.expectTotal(found);

    // By unit, cleared of the keyword: every row is that unit's.
    await list.filters.getByRole('button', { name: '清除筛选' }).click();
    await list.expectTotal(all);
    await list.filters.getByLabel('单位').selectOption({ label: '县教育体育局' });
    await expect(page).toHaveURL(/unit=/);
    await expect(list.table.locator('tbody tr').first()).toContainText('县教育体育局');
    const units = await list.column(1);
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['县教育体育局']));

    // Back returns to the list without the unit filter.
    await page.goBack();
    await list.expectTotal(all);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${screenshots}/request-list-1920.png` });
  });

  test('the 现场实录 list, the audit log and the users list filter and page in the address', async ({
    page,
  }) => {
    await page.goto(demo.url);
    await new SignInScreen(page).signIn('admin', 'demo-2026');
    const nav = new Navigation(page);
    const pager = page.getByRole('navigation', { name: '分页' }).first();
    const filters = page.getByRole('search', { name: '筛选' });

    await nav.open('审计日志');
    await expect(pager).toContainText('第 1–50 条');
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect(pager).toContainText('第 51–100 条');
    await expect(page).toHaveURL(/admin\/audit\?page=2$/);
    await page.reload();
    await expect(pager).toContainText('第 51–100 条');
    await expectNoSeriousViolations(page, '审计日志');

    await nav.open('用户管理');
    await filters.getByLabel('查找用户').fill('jiaoyu');
    await filters.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(/keyword=jiaoyu/);
    const usernames = page.getByRole('table').locator('tbody tr td:first-child');
    await expect(usernames.first()).toContainText('jiaoyu.');
    expect((await usernames.allTextContents()).every((name) => name.startsWith('jiaoyu.'))).toBe(
      true,
    );
    await filters.getByLabel('查找用户').fill('没有这个人');
    await filters.getByRole('button', { name: '查询' }).click();
    await expect(page.getByRole('note')).toContainText('没有符合筛选条件的用户');
    await page.getByRole('note').getByRole('button', { name: '清除筛选' }).click();
    await expect(page).toHaveURL(/admin\/users$/);
    await expectNoSeriousViolations(page, '用户管理');

    await nav.signOut();
    await new SignInScreen(page).expectVisible();
    await new SignInScreen(page).signIn('xinwenban', 'demo-2026');
    await nav.open('现场实录');
    await filters.getByLabel('活动关键词').fill('教育');
    await filters.getByRole('button', { name: '查询' }).click();
    await expect(
      page.getByRole('button', { name: '2026年第四季度教育重点工作新闻发布会' }),
    ).toBeVisible();
    await page.reload();
    await expect(filters.getByLabel('活动关键词')).toHaveValue('教育');
    await expectNoSeriousViolations(page, '现场实录 list');
  });
});
