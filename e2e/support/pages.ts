import { expect, type Page } from '@playwright/test';

/** Page objects: what a user sees and does, in role-based locators. */
export class SignInScreen {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }

  async expectVisible(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '登录' })).toBeVisible();
  }
}

export class Navigation {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get region() {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  async open(name: string): Promise<void> {
    await this.region.getByRole('button', { name }).click();
  }

  async items(): Promise<string[]> {
    return this.region.getByRole('button').allTextContents();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: '退出登录' }).click();
  }
}

/** Signs `username` in on the page as it stands, signing out whoever is signed in first. */
export async function signInAs(page: Page, username: string, password: string): Promise<void> {
  const navigation = new Navigation(page);
  if (await page.getByRole('button', { name: '退出登录' }).isVisible()) await navigation.signOut();
  await new SignInScreen(page).signIn(username, password);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
}
