import { expect, type Download, type Page } from '@playwright/test';
import { Navigation } from './pages.ts';

const quarterNames = ['一季度', '二季度', '三季度', '四季度'] as const;
export const quarterName = (quarter: number): string => quarterNames[quarter - 1] ?? '';

/** 发布要求看板: the year's board, its cells, the drill-down and the 通报 tab. */
export class BoardScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(year: number): Promise<void> {
    await new Navigation(this.page).open('发布要求看板');
    await this.page.getByLabel('年度', { exact: true }).selectOption(String(year));
    await expect(
      this.page.getByRole('table', { name: `${year}年各单位新闻发布要求完成情况` }),
    ).toBeVisible();
  }

  /** A cell by what a screen reader hears: "县教育体育局 二季度 发布会：达标（1/1）". */
  cell(unit: string, period: string, rule: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${unit} ${period} ${rule}：`) });
  }

  async expectCell(unit: string, period: string, rule: string, status: string): Promise<void> {
    await expect(this.cell(unit, period, rule)).toHaveAccessibleName(
      new RegExp(`^${unit} ${period} ${rule}：${status}（`),
    );
  }

  async drillDown(unit: string, period: string, rule: string) {
    await this.cell(unit, period, rule).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** Clicks a button that downloads a file and returns the download. */
export async function downloadBy(page: Page, button: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
}

/** 排期日历: views, navigation and the event dialog. */
export class CalendarScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await new Navigation(this.page).open('排期日历');
    await expect(this.page.getByRole('heading', { name: '排期日历', level: 1 })).toBeVisible();
  }

  async view(name: '月' | '周' | '日程'): Promise<void> {
    await this.page.getByRole('group', { name: '视图' }).getByRole('button', { name }).click();
  }

  /** Moves forward month by month until the toolbar shows `label` (e.g. 2026年12月). */
  async goToMonth(label: string): Promise<void> {
    const heading = this.page.locator('.schedule-toolbar__label');
    for (let step = 0; step < 24 && (await heading.textContent()) !== label; step++)
      await this.page.getByRole('button', { name: '下个月' }).click();
    await expect(heading).toHaveText(label);
  }

  event(title: string) {
    return this.page.getByRole('button', { name: new RegExp(title) }).first();
  }
}
