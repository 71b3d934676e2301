import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { defaultChecklist } from '../shared/domain/materialClearance.ts';
import { demoSeedStrings, englishTextProblems } from './support/englishText.ts';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { rpc } from './support/rpc.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 });

const demoPassword = 'demo-2026';
const screenshots = 'test-output/screenshots/english';

interface RequestSummary {
  readonly id: string;
  readonly title: string;
  readonly state: string;
  readonly startsAt: string | null;
}

/** A demo user's /rpc client, for reading the data the check leaves alone; fails loudly. */
async function signedInRpc(app: RunningWebApp, username: string) {
  const client = `e2e-${randomUUID()}`;
  const signIn = await rpc(app, 'session:signIn', { username, password: demoPassword }, client);
  if (!signIn.ok) throw new Error(`sign-in ${username}: ${JSON.stringify(signIn)}`);
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await rpc(app, channel, input, client);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

/** One signed-in role walking its screens in the English UI; findings fail softly, by screen. */
class EnglishTour {
  private readonly seen = new Set<string>();
  private inFlight = 0;
  readonly page: Page;
  readonly role: string;
  private readonly data: readonly string[];

  constructor(page: Page, role: string, data: readonly string[]) {
    this.page = page;
    this.role = role;
    this.data = data;
    page.on('request', () => (this.inFlight += 1));
    page.on('requestfinished', () => (this.inFlight -= 1));
    page.on('requestfailed', () => (this.inFlight -= 1));
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async settle(): Promise<void> {
    for (let quietRounds = 0; quietRounds < 2;) {
      await this.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))),
      );
      quietRounds = this.inFlight === 0 ? quietRounds + 1 : 0;
    }
  }

  async look(name: string): Promise<void> {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    await this.settle();
    const { text, edited } = await this.page.evaluate(() => ({
      text: document.body.innerText,
      // What is typed in an editor (a material's text) is the office's own.
      edited: [...document.querySelectorAll<HTMLElement>('[contenteditable]')].flatMap((editor) =>
        editor.innerText.split('\n'),
      ),
    }));
    expect
      .soft(
        englishTextProblems(text, [...this.data, ...edited]),
        `English text of ${this.role} · ${name}`,
      )
      .toEqual([]);
    const file = `${this.role}-${name}`.replace(/[^\w.-]+/g, '_');
    await this.page.screenshot({ path: `${screenshots}/${file}.png` });
  }

  async go(hash: string, name: string): Promise<void> {
    await this.page.evaluate((target) => (window.location.hash = target), hash);
    await this.look(name);
  }

  /** Every tab of the screen, depth first, each once. */
  async everyTab(screen: string): Promise<void> {
    const done = new Set<string>();
    for (let guard = 0; guard < 60; guard += 1) {
      let next: { tab: Locator; key: string; depth: number } | null = null;
      for (const tab of await this.main.getByRole('tab').all()) {
        if (!(await tab.isVisible())) continue;
        const { key, depth } = await tab.evaluate((element) => {
          let depth = 0;
          for (let at = element.parentElement; at; at = at.parentElement) {
            if (at.getAttribute('role') === 'tabpanel') depth += 1;
          }
          const list = element.closest('[role=tablist]')?.getAttribute('aria-label') ?? '';
          return { key: `${list}: ${element.firstChild?.textContent ?? ''}`, depth };
        });
        if (!done.has(key) && (!next || depth > next.depth)) next = { tab, key, depth };
      }
      if (!next) return;
      done.add(next.key);
      if ((await next.tab.getAttribute('aria-selected')) === 'true') continue;
      await next.tab.click();
      await this.look(`${screen} › ${next.key}`);
    }
  }
}

/**
 * The office's own data, which stays Chinese in the English UI: the seed's text, and the titles and
 * units as the news office (which sees every request) lists them.
 */
async function dataStrings(app: RunningWebApp): Promise<string[]> {
  const call = await signedInRpc(app, 'xinwenban');
  const requests = await call<RequestSummary[]>('requests:list', { limit: 500 });
  const units = await call<{ name: string }[]>('units:list', {});
  const documents = await call<{ title: string }[]>('documentNumbers:list', {});
  const transcripts = await call<{ requestId: string }[]>('transcripts:list', { limit: 500 });
  const turns: string[] = [];
  for (const { requestId } of transcripts) {
    const view = await call<{ turns: { text: string }[] }>('transcripts:get', { requestId });
    turns.push(...view.turns.map((turn) => turn.text));
  }
  return [
    ...demoSeedStrings(),
    // The checklist is the administrator's to set; the demo keeps the default one.
    ...defaultChecklist.flatMap((item) => [item.label, item.guidance]),
    ...requests.map((request) => request.title),
    ...units.map((unit) => unit.name),
    ...documents.map((document) => document.title),
    ...turns,
  ];
}

async function englishTour(browser: Browser, app: RunningWebApp, role: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const tour = new EnglishTour(page, role, await dataStrings(app));
  await page.goto(app.url);
  await new SignInScreen(page).expectVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username').fill(role);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return tour;
}

async function walkNavigation(tour: EnglishTour): Promise<string[]> {
  const { page } = tour;
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await tour.look('Home');
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await bell.click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await expect(panel).toBeVisible();
  await tour.look('Home › notifications');
  // Esc closes the panel and gives focus back to the bell.
  await panel.getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(bell).toBeFocused();
  const items = await navigation.getByRole('button').allTextContents();
  for (const [index, item] of items.entries()) {
    await navigation.getByRole('button').nth(index).click();
    await tour.look(item);
    await tour.everyTab(item);
    const modes = page.getByRole('group', { name: 'View', exact: true });
    if (await modes.isVisible()) {
      for (const mode of ['Week', 'Agenda']) {
        await modes.getByRole('button', { name: mode }).click();
        await tour.look(`${item} › ${mode}`);
      }
    }
  }
  return items;
}

async function walkEvents(tour: EnglishTour, app: RunningWebApp): Promise<void> {
  const call = await signedInRpc(app, tour.role);
  const list = await call<RequestSummary[]>('requests:list', { limit: 500 });
  const now = Date.now();
  const at = (request: RequestSummary) => Date.parse(request.startsAt ?? '');
  const approved = list.filter((request) => request.state === 'approved' && request.startsAt);
  const upcoming = approved.filter((request) => at(request) > now).sort((a, b) => at(a) - at(b));
  const held = approved.filter((request) => at(request) < now).sort((a, b) => at(b) - at(a));
  const inProgress = list.find((request) => request.state !== 'approved');
  for (const [request, name] of [
    [upcoming[0], 'upcoming'],
    [inProgress, 'in progress'],
    [held[0], 'held'],
  ] as const) {
    if (!request) continue;
    await tour.go(`#/events/${request.id}`, `event (${name})`);
    await tour.everyTab(`event (${name})`);
    await tour.go(`#/requests/${request.id}`, `request (${name})`);
  }
  if (held[0]) {
    await tour.go(`#/transcripts/${held[0].id}`, 'transcript');
    await tour.go(`#/evaluation/${held[0].id}`, 'evaluation');
  }
}

test.describe('the English UI of the demo county', () => {
  test.setTimeout(600_000);
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  for (const role of ['xinwenban', 'jiaoyu.jb', 'admin']) {
    test(`${role}: no Chinese date or full-width punctuation outside the office's data`, async ({
      browser,
    }) => {
      mkdirSync(screenshots, { recursive: true });
      const tour = await englishTour(browser, demo, role);
      const items = await walkNavigation(tour);
      expect(items.length, `${role}’s navigation`).toBeGreaterThan(3);
      if (role !== 'admin') await walkEvents(tour, demo);
      await tour.page.context().close();
    });
  }
});

test('the check finds a Chinese date and punctuation that are not the office data', () => {
  const data = ['2026年第四季度教育工作新闻发布会'];
  expect(englishTextProblems('Starts 2026年第四季度教育工作新闻发布会 at 09:30', data)).toEqual([]);
  expect(englishTextProblems('Signed 2026年12月11日 09:30', data)).toHaveLength(2);
  expect(englishTextProblems('Due Fri 11 Dec（周五）', data)).toHaveLength(1);
  expect(englishTextProblems('Venue：Hall', data)).toEqual([
    'full-width punctuation «：» in “Venue：Hall”',
  ]);
});
