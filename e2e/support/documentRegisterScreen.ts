import { expect, type Page } from '@playwright/test';
import { Navigation } from './pages.ts';

/** 发文登记簿: the numbers taken, and 作废 with its reason dialog. */
export class DocumentRegisterScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await new Navigation(this.page).open('发文登记簿');
    await expect(this.page.getByRole('heading', { name: '发文登记簿' })).toBeVisible();
  }

  row(number: string) {
    return this.page.getByRole('row').filter({ hasText: number });
  }

  /** Opens the dialog, first tries without a reason (refused), then voids with `reason`. */
  async voidNumber(number: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `作废 ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `作废 ${number}` });
    await dialog.getByRole('button', { name: '确认作废' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('请填写作废原因。');
    await dialog.getByLabel('作废原因').fill(reason);
    await dialog.getByRole('button', { name: '确认作废' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
