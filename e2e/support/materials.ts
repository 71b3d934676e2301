import { expect, type Locator, type Page } from '@playwright/test';
import { adminCredentials, rpc, setUpOffice } from './rpc.ts';
import type { RunningWebApp } from './webApp.ts';

export const materialPassword = 'password-2026';

/** Calls /rpc as a signed-in user (a client of its own), failing loudly on an error. */
export async function rpcAs<T>(
  app: RunningWebApp,
  client: string,
  channel: string,
  input: unknown,
): Promise<T> {
  const result = await rpc(app, channel, input, client);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function signedIn(app: RunningWebApp, username: string, password: string): Promise<string> {
  const client = `e2e-${username}-${Math.random().toString(36).slice(2, 10)}`;
  await rpcAs(app, client, 'session:signIn', { username, password });
  return client;
}

/**
 * An office with a drafter (zhang) and a reviewer who may sign every checklist item (wang), and a
 * complete request of the education bureau, well ahead of its date. Returns the request's id.
 */
export async function arrangeEventWithMaterials(
  app: RunningWebApp,
  kinds: readonly string[] = ['qa'],
): Promise<{ requestId: string; materialIds: string[] }> {
  await setUpOffice(app);
  const admin = await signedIn(app, adminCredentials.username, adminCredentials.password);
  const units = await rpcAs<{ id: string; name: string }[]>(app, admin, 'units:list', {});
  const unitId = units.find((unit) => unit.name === '县教育体育局')?.id ?? '';
  for (const [username, displayName, roles] of [
    ['zhang', '张经办', ['drafter']],
    ['wang', '王审查', ['spokesperson', 'unitHead', 'clearanceReviewer']],
  ] as const) {
    await rpcAs(app, admin, 'users:create', {
      username,
      displayName,
      unitId,
      roles,
      password: materialPassword,
    });
  }
  const drafter = await signedIn(app, 'zhang', materialPassword);
  const draft = await rpcAs<{ id: string }>(app, drafter, 'requests:create', {
    title: '2027年春季教育工作新闻发布会',
  });
  const materialIds: string[] = [];
  for (const kind of kinds) {
    const material = await rpcAs<{ id: string }>(app, drafter, 'materials:create', {
      requestId: draft.id,
      kind,
    });
    materialIds.push(material.id);
    await rpcAs(app, drafter, 'materials:close', { materialId: material.id });
  }
  return { requestId: draft.id, materialIds };
}

/** Signs in through the sign-in screen. */
export async function signInOnPage(page: Page, username: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(materialPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
}

/** The material editor as a drafter uses it. */
export class MaterialScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get editor() {
    return this.page.getByRole('textbox', { name: /正文$/ });
  }

  get toolbar() {
    return this.page.getByRole('toolbar', { name: '编辑工具栏' });
  }

  async open(app: RunningWebApp, requestId: string, kind: string): Promise<void> {
    await this.page.goto(`${app.origin}/#/materials/${requestId}/${kind}`);
    await expect(this.editor).toBeVisible();
    await expect(this.editor).toHaveAttribute('contenteditable', 'true');
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
  }

  /**
   * Puts the caret at the end of the block holding `text`. A click and End would do it only while
   * the block fits on one line (End goes to the end of the visual line), and only once the editor
   * has taken the click's selection: under load, End sometimes came first.
   */
  async caretAtEndOf(text: string): Promise<void> {
    await this.caretAtEndOfBlock(
      this.editor.locator('p, h1, h2, h3, li').filter({ hasText: text }).first(),
    );
  }

  /** Puts the caret at the end of one block of the editor (see caretAtEndOf). */
  async caretAtEndOfBlock(paragraph: Locator): Promise<void> {
    await paragraph.click();
    await paragraph.evaluate((element) => {
      // Through ownerDocument: this file is also type-checked for the benchmarks, without the DOM.
      const range = element.ownerDocument.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      const selection = element.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
  }

  /** The editor's content as HTML with Lexical's bookkeeping attributes removed. */
  async contentHtml(): Promise<string> {
    return this.editor.evaluate((element) =>
      element.innerHTML.replace(/ data-lexical-[a-z-]+="[^"]*"/g, '').replace(/ dir="[a-z]+"/g, ''),
    );
  }
}

/** A new event with a material of `kind`, opened in the editor by its drafter (张经办). */
export async function openNewMaterial(
  page: Page,
  app: RunningWebApp,
  kind: string,
): Promise<MaterialScreen> {
  const { requestId } = await arrangeEventWithMaterials(app, [kind]);
  await page.goto(app.url);
  await signInOnPage(page, 'zhang');
  const screen = new MaterialScreen(page);
  await screen.open(app, requestId, kind);
  return screen;
}
