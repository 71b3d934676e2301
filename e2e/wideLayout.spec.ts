import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { BoardScreen, CalendarScreen } from './support/schedulingScreens.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

/**
 * Issue 17, layout: on a wide screen the pages use the width up to a readable maximum, calendar
 * titles wrap instead of being cut, the buttons of a row stand equally high, the 看板 matrix scrolls
 * inside its panel under a header that stays, and the 通报 tab explains itself before any draft.
 */
test.setTimeout(180_000);

const screenshots = 'test-output/screenshots/wideLayout';
const thisYear = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
    new Date(),
  ),
);

let demo: RunningWebApp;
test.beforeAll(async ({}, testInfo) => {
  // Making the demo county takes a while on a busy machine; a hook's own timeout is 60s.
  testInfo.setTimeout(180_000);
  demo = await startWebApp({ extraArgs: ['--demo'] });
  mkdirSync(screenshots, { recursive: true });
});
test.afterAll(async () => {
  await demo.stop();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(demo.url);
  await new SignInScreen(page).signIn(username, 'demo-2026');
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
}

/** The 看板's matrix panel: it scrolls by itself and its column heads stay at its top. */
async function expectBoardScrollsUnderStickyHead(page: Page): Promise<void> {
  await new BoardScreen(page).open(thisYear);
  const panel = page.getByRole('region', { name: `${thisYear}年各单位完成情况表` });
  await panel.scrollIntoViewIfNeeded();
  const sizes = await panel.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight + 200);
  expect(sizes.clientHeight).toBeLessThan(page.viewportSize()?.height ?? 0);

  // Units come grouped by kind: a heading row for the townships and one for the departments.
  await expect(panel.getByRole('rowheader', { name: /^乡镇人民政府（\d+个）$/ })).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: /^县政府部门（\d+个）$/ })).toBeAttached();

  const head = panel.getByRole('columnheader', { name: '单位' });
  await panel.evaluate((element) => element.scrollTo({ top: 600 }));
  await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(500);
  const panelBox = await panel.boundingBox();
  const headBox = await head.boundingBox();
  expect(panelBox && headBox).toBeTruthy();
  if (!panelBox || !headBox) return;
  // The head sits at the panel's top edge (its 1px border aside), not 600px above it.
  expect(Math.abs(headBox.y - panelBox.y)).toBeLessThan(3);
  await expect(head).toBeInViewport();
}

const heightsOf = (buttons: Locator) =>
  buttons.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().height * 2) / 2),
  );

test.describe('at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the calendar uses the width and wraps a long title over two lines', async ({ page }) => {
    await signIn(page, 'xinwenban');
    const calendar = new CalendarScreen(page);
    await calendar.open();
    const month = page.locator('.month-view');
    await expect(month).toBeVisible();
    expect((await month.boundingBox())?.width).toBeGreaterThan(1500);

    // The longest title in view (move on a month at a time until one of 12 characters shows).
    const longest = async () =>
      page.locator('.event-chip__title').evaluateAll((titles) =>
        titles
          .map((title, index) => ({ index, length: (title.textContent ?? '').length }))
          .sort((a, b) => b.length - a.length)
          .at(0),
      );
    let found = await longest();
    for (let step = 0; step < 12 && (found?.length ?? 0) < 12; step++) {
      await page.getByRole('button', { name: '下个月' }).click();
      found = await longest();
    }
    expect(found?.length ?? 0).toBeGreaterThanOrEqual(12);
    const title = page.locator('.event-chip__title').nth(found?.index ?? 0);
    const shown = await title.evaluate((element) => {
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
      return {
        lines: Math.round(element.getBoundingClientRect().height / lineHeight),
        whole:
          element.scrollHeight <= element.clientHeight + 1 &&
          element.scrollWidth <= element.clientWidth + 1,
      };
    });
    // Either the whole title fits on its line(s), or it wraps to two lines before it is cut.
    expect(shown.whole || shown.lines >= 2).toBe(true);
    // The chip names the whole title for a tooltip and for screen readers.
    const text = (await title.textContent()) ?? '';
    await expect(title.locator('xpath=..')).toHaveAttribute('title', new RegExp(text));
    await page.screenshot({ path: `${screenshots}/calendar-1920.png` });
  });

  test('the 看板 matrix scrolls inside its panel with its head in view', async ({ page }) => {
    await signIn(page, 'xinwenban');
    await expectBoardScrollsUnderStickyHead(page);
    await page.screenshot({ path: `${screenshots}/board-1920.png` });
  });

  test('the 通报 tab explains itself and offers 生成通报草稿 before any draft', async ({
    page,
  }) => {
    await signIn(page, 'xinwenban');
    await new BoardScreen(page).open(thisYear);
    await page.getByRole('tab', { name: '通报' }).click();
    await expect(page.getByText(/^通报是县政府新闻办公室印发的公文/)).toBeVisible();
    await expect(page.getByText(/^主送各乡镇人民政府/)).toBeVisible();
    const empty = page.getByRole('note').filter({ hasText: '的通报尚未起草' });
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('button', { name: '生成通报草稿' })).toBeVisible();
    await page.screenshot({ path: `${screenshots}/notice-1920.png` });

    await empty.getByRole('button', { name: '生成通报草稿' }).click();
    await expect(page.getByLabel('标题', { exact: true })).not.toHaveValue('');
    await expect(empty).toBeHidden();
    await expect(page.getByRole('button', { name: '生成通报草稿' })).toHaveCount(1);
  });

  test('the buttons of the request page’s action row stand equally high', async ({ page }) => {
    await signIn(page, 'jiaoyu.jb');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('button', { name: '报批' })
      .click();
    await page.getByRole('table').first().getByRole('button').first().click();
    const toolbar = page.getByRole('toolbar').first();
    await expect(toolbar).toBeVisible();
    const buttons = toolbar.getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    const heights = await heightsOf(buttons);
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).toBe(1);
    // The buttons beside a date field (the field, its calendar button, the time) too.
    const dateRow = page.locator('.date-time-field__inputs').first();
    if ((await dateRow.count()) > 0) {
      const controls = dateRow.locator('input:visible, button:visible');
      const controlHeights = await heightsOf(controls);
      expect(Math.max(...controlHeights) - Math.min(...controlHeights)).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: `${screenshots}/request-1920.png` });
  });
});

test.describe('at 1366 × 768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the 看板 matrix still scrolls inside its panel with its head in view', async ({ page }) => {
    await signIn(page, 'xinwenban');
    await expectBoardScrollsUnderStickyHead(page);
    await page.screenshot({ path: `${screenshots}/board-1366.png` });
  });
});
