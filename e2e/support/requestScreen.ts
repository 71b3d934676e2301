import { expect, type Page } from '@playwright/test';
import { fillDateTime } from './dateFields.ts';

/** The request form and its action bar, as a drafter or reviewer uses them. */
export class RequestScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillComplete(title: string): Promise<void> {
    const f = (label: string) => this.field(label);
    await f('发布会名称/主题').fill(title);
    await fillDateTime(this.page, '拟发布时间（开始）', '2027-03-16T09:30');
    await fillDateTime(this.page, '结束时间', '2027-03-16T10:30');
    await f('拟发布地点').fill('县政府新闻发布厅');
    await f('主持人 姓名').fill('李主持');
    await f('主持人 职务').fill('县政府新闻办主任');
    await f('主发布人 姓名').fill('赵发布');
    await f('主发布人 职务').fill('县教育体育局局长');
    await f('新闻发言人 姓名').fill('钱发言');
    await f('新闻发言人 职务').fill('新闻发言人');
    await f('拟发布内容（摘要）').fill('通报春季学期全县教育重点工作，回应学位供给等社会关切。');
    await this.page.getByRole('button', { name: '添加媒体' }).click();
    await f('媒体名称 1').fill('县融媒体中心');
    await f('联系人').fill('周联系');
    await f('联系电话').fill('0791-86001234');
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  }

  async act(action: string, comment?: string): Promise<void> {
    await this.page.getByRole('toolbar').getByRole('button', { name: action, exact: true }).click();
    if (comment === undefined) return;
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').last().fill(comment);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async expectState(label: string, timeout?: number): Promise<void> {
    await expect(
      this.page.locator('.request-header > .badge, .workspace__headline > .badge'),
    ).toHaveText(label, timeout === undefined ? {} : { timeout });
  }
}
