import { mkdirSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { BoardScreen } from './support/schedulingScreens.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(180_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/scheduling';

/** The board's 发布评估 and 舆情 counts on the demo county (issues 19 and 21). */
test.describe('the board counts reviews and 舆情 for the demo county', () => {
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('the news office reads events reviewed, findings, 舆情 answered and overdue per unit', async ({
    page,
  }) => {
    await page.goto(demo.url);
    await new SignInScreen(page).signIn('xinwenban', 'demo-2026');
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
    const year = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
        new Date(),
      ),
    );
    await new BoardScreen(page).open(year);
    const section = page.getByRole('region', { name: '发布评估与舆情回应' });
    await section.getByRole('button', { name: '全年' }).click();
    const table = section.getByRole('table', { name: `${year}年全年各单位发布评估与舆情回应情况` });
    await table.scrollIntoViewIfNeeded();
    await expect(table).toBeVisible();
    const header = await table
      .locator('thead tr')
      .nth(1)
      .getByRole('columnheader')
      .allTextContents();
    expect(header).toEqual([
      '评估场次',
      '发现问题',
      '已核实',
      '登记',
      '已回应',
      '平均用时',
      '最长用时',
      '超5小时',
      '超24小时',
    ]);
    // The 重大 item answered by the emergency release 3 h 40 min after first sight.
    const health = table.getByRole('row', { name: /^县卫生健康委员会/ });
    await expect(health.getByRole('cell')).toHaveText([
      /\d+/,
      /\d+/,
      /\d+/,
      '1',
      '1',
      '3小时40分',
      '3小时40分',
      '0',
      '0',
    ]);
    // The 重大 item two days old without a release: overdue on both clocks.
    const township = table.getByRole('row', { name: /^城关镇人民政府/ });
    await expect(township.getByRole('cell').nth(7)).toHaveText('1');
    await expect(township.getByRole('cell').nth(8)).toHaveText('1');
    const total = table.getByRole('row', { name: /^全县合计/ }).getByRole('cell');
    expect(Number(await total.nth(0).textContent())).toBeGreaterThan(5);
    expect(Number(await total.nth(2).textContent())).toBeGreaterThan(0);
    await expect(total.nth(3)).toHaveText('3');
    // Readable at 1366×768: the table fits the page without scrolling sideways.
    const fits = await section.evaluate((element) => {
      const scroller = element.querySelector('.board-topics__scroll');
      return scroller ? scroller.scrollWidth <= scroller.clientWidth : false;
    });
    expect(fits).toBe(true);
    mkdirSync(screenshots, { recursive: true });
    await section.screenshot({ path: `${screenshots}/demo-board-topics.png` });
  });
});
