import { expect, type Page } from '@playwright/test';

/** The 报批 list: its filter bar, its pager and its table. */
export class RequestList {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get filters() {
    return this.page.getByRole('search', { name: '筛选' });
  }

  get table() {
    return this.page.getByRole('table', { name: '发布会报批' });
  }

  /** The number after 共 … 条 in the first pager. */
  async total(): Promise<number> {
    const text = await this.page
      .getByRole('navigation', { name: '分页' })
      .first()
      .locator('.pager__count')
      .textContent();
    const match = /共 (\d+) 条/.exec(text ?? '');
    if (!match?.[1]) throw new Error(`no total in “${text}”`);
    return Number(match[1]);
  }

  async expectTotal(count: number): Promise<void> {
    await expect(
      this.page.getByRole('navigation', { name: '分页' }).first().locator('.pager__count'),
    ).toContainText(`共 ${count} 条`);
  }

  async search(keyword: string): Promise<void> {
    await this.filters.getByLabel('关键词').fill(keyword);
    await this.filters.getByRole('button', { name: '查询' }).click();
  }

  /** The text of one column (申请单位, 名称…) in every row shown. */
  async column(index: number): Promise<string[]> {
    return this.table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
  }
}
