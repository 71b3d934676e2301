import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import {
  arrangeEventWithMaterials,
  MaterialScreen,
  materialPassword,
  rpcAs,
  signInOnPage,
} from './support/materials.ts';
import type { RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(150_000);

const falseConflict = /未能保存|另一窗口打开编辑/;

/** One window of the drafter 张经办 on the 答问口径 (whose questions the editor repairs on opening). */
class LeaseWindow {
  readonly page: Page;
  readonly screen: MaterialScreen;
  /** The saves this window sent: a window that only opened the material sends none. */
  readonly saves: string[] = [];

  private constructor(page: Page) {
    this.page = page;
    this.screen = new MaterialScreen(page);
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (/"channel":"materials:save/.test(body)) this.saves.push(body);
    });
  }

  static async open(
    browser: Browser,
    app: RunningWebApp,
    requestId: string,
    name: string,
  ): Promise<LeaseWindow> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await signInOnPage(page, 'zhang');
    const window = new LeaseWindow(page);
    await page.goto(`${app.origin}/#/materials/${requestId}/qa`);
    await expect(window.screen.editor).toBeVisible();
    await page.screenshot({ path: `test-output/screenshots/editing-lease-${name}.png` });
    return window;
  }

  get note() {
    return this.page.getByRole('note').filter({ hasText: '另一窗口' });
  }

  async expectEditable(editable: boolean): Promise<void> {
    await expect(this.screen.editor).toHaveAttribute('contenteditable', String(editable));
  }

  /**
   * Leaving the window saves what is pending at once (blur), and coming back asks who holds the
   * lease (focus): once that answer is in, a save the opening had triggered would have been sent.
   */
  async expectNoFalseConflict(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const renewed = this.page.waitForResponse((response) =>
      (response.request().postData() ?? '').includes('"channel":"materials:keepOpen"'),
    );
    await this.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await renewed;
    expect(this.saves, 'a window that only opened the material saves nothing').toEqual([]);
    await expect(this.page.getByRole('alert')).toHaveCount(0);
    await expect(this.page.getByText(falseConflict)).toHaveCount(0);
  }

  async type(text: string): Promise<void> {
    const question = this.screen.editor.getByRole('group', { name: '问题' }).first();
    await this.screen.caretAtEndOfBlock(question.locator('p').first());
    await this.page.keyboard.insertText(text);
    await this.screen.expectSaved();
  }

  /** Closes the tab as a person does (the page is told it is going away). */
  async close(): Promise<void> {
    await this.page.close({ runBeforeUnload: true });
    await this.page.context().close();
  }

  /**
   * The window dies without a word to main, as a crashed renderer or a killed browser does: its
   * goodbye (and any renewal) never leaves it. (CDP's Page.crash wedges Debian's Chromium here.)
   */
  async crash(): Promise<void> {
    await this.page.evaluate(() => {
      const send = window.fetch.bind(window);
      window.fetch = (input, init) =>
        /"channel":"materials:(close|keepOpen)"/.test(String(init?.body ?? ''))
          ? new Promise<Response>(() => undefined)
          : send(input, init);
    });
    await this.page.close({ runBeforeUnload: false });
    await this.page.context().close();
  }
}

async function arrange(app: RunningWebApp) {
  const { requestId, materialIds } = await arrangeEventWithMaterials(app, ['qa']);
  const client = `e2e-lease-${Math.random().toString(36).slice(2, 10)}`;
  await rpcAs(app, client, 'session:signIn', { username: 'zhang', password: materialPassword });
  const materialId = materialIds[0] ?? '';
  /** Who holds the lease, as a third client of the same person sees it. */
  const holder = async () =>
    (await rpcAs<{ holderName: string | null }>(app, client, 'materials:keepOpen', { materialId }))
      .holderName;
  return { requestId, holder };
}

test('a second window opens read-only without a conflict, takes over, and the first is told', async ({
  browser,
  webApp,
}) => {
  const { requestId } = await arrange(webApp);
  const a = await LeaseWindow.open(browser, webApp, requestId, 'a-first');
  await a.expectEditable(true);
  await a.expectNoFalseConflict();

  const b = await LeaseWindow.open(browser, webApp, requestId, 'b-second');
  await b.expectEditable(false);
  await expect(b.note).toContainText('张经办正在另一窗口编辑此材料');
  await b.expectNoFalseConflict();

  await b.page.getByRole('button', { name: '在此窗口编辑' }).click();
  await b.expectEditable(true);
  await b.type('今年新增学位多少个？');

  // The first window learns at its next renewal that another window took over.
  await expect(a.note).toContainText('已在另一窗口接管编辑此材料', { timeout: 15_000 });
  await a.expectEditable(false);
  await a.page.screenshot({ path: 'test-output/screenshots/editing-lease-taken-over.png' });
  await a.page.setViewportSize({ width: 1920, height: 1080 });
  await a.page.screenshot({ path: 'test-output/screenshots/editing-lease-taken-over-1920.png' });
  await a.page.setViewportSize({ width: 1366, height: 768 });
  await expect(a.page.getByText(falseConflict)).toHaveCount(0);

  // And it may take the material back, with what the second window wrote.
  await a.page.getByRole('button', { name: '在此窗口编辑' }).click();
  await a.expectEditable(true);
  await expect(a.screen.editor).toContainText('今年新增学位多少个？');
  await expect(b.note).toContainText('已在另一窗口接管编辑此材料', { timeout: 15_000 });
  await b.expectEditable(false);
  await a.close();
  await b.close();
});

test('a closed window frees the material at once, in either order', async ({ browser, webApp }) => {
  const { requestId, holder } = await arrange(webApp);
  const a = await LeaseWindow.open(browser, webApp, requestId, 'a-close');
  await a.type('第一扇窗口写的问题');
  await a.close();
  // Released when the tab closed, not 30 seconds later when the lease would have expired.
  await expect.poll(holder, { timeout: 5_000 }).toBeNull();

  const b = await LeaseWindow.open(browser, webApp, requestId, 'b-after-close');
  await b.expectEditable(true);
  await expect(b.note).toHaveCount(0);
  await b.expectNoFalseConflict();
  await expect(b.screen.editor).toContainText('第一扇窗口写的问题');
  await b.type('，第二扇窗口接着写');
  await b.close();
  await expect.poll(holder, { timeout: 5_000 }).toBeNull();

  const again = await LeaseWindow.open(browser, webApp, requestId, 'a-reopened');
  await again.expectEditable(true);
  await expect(again.note).toHaveCount(0);
  await again.expectNoFalseConflict();
  await expect(again.screen.editor).toContainText('第二扇窗口接着写');
  await again.close();
});

test('a crashed window holds the material only until its lease expires', async ({
  browser,
  webApp,
}) => {
  const { requestId, holder } = await arrange(webApp);
  const a = await LeaseWindow.open(browser, webApp, requestId, 'a-crash');
  await a.type('崩溃前写的问题');
  await a.crash();

  const b = await LeaseWindow.open(browser, webApp, requestId, 'b-after-crash');
  await b.expectEditable(false);
  await expect(b.note).toContainText('张经办正在另一窗口编辑此材料');
  await b.expectNoFalseConflict();
  // No renewal comes from the crashed window: within the lease's 30 seconds (and a renewal of
  // this window's) the material is free, and this window may edit it.
  await expect(b.note).toContainText('另一窗口已不再编辑此材料', { timeout: 50_000 });
  await b.page.getByRole('button', { name: '在此窗口编辑' }).click();
  await b.expectEditable(true);
  await expect(b.screen.editor).toContainText('崩溃前写的问题');
  await b.type('，恢复后接着写');
  await b.close();
  await expect.poll(holder, { timeout: 5_000 }).toBeNull();

  const reopened = await LeaseWindow.open(browser, webApp, requestId, 'a-after-crash');
  await reopened.expectEditable(true);
  await expect(reopened.note).toHaveCount(0);
  await reopened.expectNoFalseConflict();
  await reopened.close();
});
