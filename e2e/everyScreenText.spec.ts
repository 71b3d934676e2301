import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { seriousAxeFindings } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { rpc } from './support/rpc.ts';
import { visibleTextProblems } from './support/visibleText.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 });

const demoPassword = 'demo-2026';
const screenshots = 'test-output/screenshots/visible-text';
/** Every role of the demo county, one user each. */
const roles = [
  'admin',
  'xinwenban',
  'zhuguan',
  'jiaoyu.jb',
  'jiaoyu.fzr',
  'jiaoyu.bm',
  'jiaoyu.fyr',
] as const;

interface RequestSummary {
  readonly id: string;
  readonly state: string;
  readonly startsAt: string | null;
}

/** The events a role opens: the next approved one, the last one held, one still in progress. */
interface Events {
  readonly upcoming?: string;
  readonly held?: string;
  readonly inProgress?: string;
}

/** A demo user's /rpc client, for arranging what the test is not about; fails loudly. */
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

/** The screens axe has already checked (as any role). */
interface Survey {
  readonly axeChecked: Set<string>;
}

/**
 * One signed-in role walking its screens. Each screen's findings fail softly, named by role and
 * screen, so one run reports every screen (and what was found before a timeout).
 */
class Tour {
  private readonly seen = new Set<string>();
  /** The date picker's month is looked at once per role. */
  seenDayPicker = false;
  private inFlight = 0;

  readonly page: Page;
  readonly role: string;
  private readonly survey: Survey;

  constructor(page: Page, role: string, survey: Survey) {
    this.page = page;
    this.role = role;
    this.survey = survey;
    page.on('request', () => (this.inFlight += 1));
    page.on('requestfinished', () => (this.inFlight -= 1));
    page.on('requestfailed', () => (this.inFlight -= 1));
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** Until no call is pending and the answers have been rendered. */
  async settle(): Promise<void> {
    for (let quietRounds = 0; quietRounds < 2;) {
      await this.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))),
      );
      quietRounds = this.inFlight === 0 ? quietRounds + 1 : 0;
    }
  }

  /**
   * Checks the visible text of the screen as it is now, once per name and role, and runs axe on it
   * once per name (the first role to open a screen; the others see the same components).
   */
  async look(name: string): Promise<void> {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    await this.settle();
    const where = `${this.role} · ${name}`;
    const text = await this.page.evaluate(() => document.body.innerText);
    expect.soft(visibleTextProblems(text), `visible text of ${where}`).toEqual([]);
    const { axeChecked } = this.survey;
    if (axeChecked.has(name)) return;
    axeChecked.add(name);
    expect.soft(await seriousAxeFindings(this.page), `axe on ${where}`).toEqual([]);
  }

  async go(hash: string, name: string): Promise<void> {
    await this.page.evaluate((target) => (window.location.hash = target), hash);
    await this.look(name);
  }

  /**
   * Opens every tab of the screen in turn, each once, depth first: the tabs inside an opened tab
   * (a material's 审查清单, 版本 …) before the next tab beside it.
   */
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
          return { key: `${list}：${element.firstChild?.textContent ?? ''}`, depth };
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

async function signedInTour(
  browser: Browser,
  app: RunningWebApp,
  role: string,
  survey: Survey,
): Promise<Tour> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const tour = new Tour(page, role, survey);
  await page.goto(app.url);
  await new SignInScreen(page).expectVisible();
  if (role === roles[0]) await tour.look('登录');
  await new SignInScreen(page).signIn(role, demoPassword);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  return tour;
}

async function eventsOf(app: RunningWebApp, role: string): Promise<Events> {
  const call = await signedInRpc(app, role);
  let list: readonly RequestSummary[];
  try {
    list = await call<RequestSummary[]>('requests:list', { limit: 500 });
  } catch {
    return {};
  }
  const now = Date.now();
  const approved = list.filter((request) => request.state === 'approved' && request.startsAt);
  const at = (request: RequestSummary) => Date.parse(request.startsAt ?? '');
  const upcoming = approved.filter((request) => at(request) > now).sort((a, b) => at(a) - at(b))[0];
  const held = approved.filter((request) => at(request) < now).sort((a, b) => at(b) - at(a))[0];
  // One under review where there is one (its checklists still open), else a draft.
  const inProgress = ['newsOfficeReview', 'authorityReview', 'unitReview', 'draft']
    .map((state) => list.find((request) => request.state === state))
    .find((request) => request !== undefined);
  return {
    ...(upcoming ? { upcoming: upcoming.id } : {}),
    ...(held ? { held: held.id } : {}),
    ...(inProgress ? { inProgress: inProgress.id } : {}),
  };
}

/** Every entry of the role's navigation, with what opens from it; returns the entries. */
async function navigationScreens(tour: Tour): Promise<string[]> {
  const { page } = tour;
  const navigation = new Navigation(page);
  await tour.look('首页');
  const bell = page.getByRole('button', { name: /^通知（/ });
  await bell.click();
  await tour.look('首页 › 通知');
  await bell.click();
  const items = await navigation.items();
  for (const item of items) {
    if (item === '首页') continue;
    await navigation.open(item);
    await tour.look(item);
    await tour.everyTab(item);
    const calendarModes = page.getByRole('group', { name: '视图' });
    if (await calendarModes.isVisible()) {
      for (const mode of ['周', '日程']) {
        await calendarModes.getByRole('button', { name: mode }).click();
        await tour.look(`${item} › ${mode}`);
      }
      // One event of the month opened from the list: its dialog.
      const event = page.getByRole('table', { name: '日程' }).getByRole('button').first();
      if (await event.isVisible()) {
        await event.click();
        await tour.look(`${item} › 一场活动`);
        await page.keyboard.press('Escape');
      }
    }
    const fromDay = page.getByRole('button', { name: /^打开日历选择/ }).first();
    if (!tour.seenDayPicker && (await fromDay.isVisible())) {
      tour.seenDayPicker = true;
      await fromDay.click();
      await tour.look(`${item} › 日历`);
      await page.keyboard.press('Escape');
    }
  }
  return items;
}

async function eventScreens(tour: Tour, events: Events, items: string[]): Promise<void> {
  if (events.upcoming) {
    await tour.go(`#/events/${events.upcoming}`, '活动（将举行）');
    await tour.everyTab('活动（将举行）');
    await tour.go(`#/requests/${events.upcoming}`, '报批（将举行）');
  }
  if (events.inProgress) {
    await tour.go(`#/events/${events.inProgress}`, '活动（办理中）');
    await tour.everyTab('活动（办理中）');
  }
  if (events.held) {
    await tour.go(`#/events/${events.held}`, '活动（已举行）');
    if (!items.includes('现场实录')) return;
    await tour.go(`#/transcripts/${events.held}`, '文字实录');
    await tour.go(`#/evaluation/${events.held}`, '发布评估');
  }
}

test.describe('the demo county reads as Chinese', () => {
  // Some 250 screens and 100 axe runs: minutes on an idle machine, far more on a loaded one.
  test.setTimeout(1_200_000);
  let demo: RunningWebApp;
  let concernId = '';
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    demo = await startWebApp({ extraArgs: ['--demo'] });
    const newsOffice = await signedInRpc(demo, 'xinwenban');
    const units = await newsOffice<{ id: string; name: string }[]>('units:list', {});
    const education = units.find((unit) => unit.name === '县教育体育局')?.id ?? '';
    const concern = await newsOffice<{ id: string }>('concerns:register', {
      source: 'internet',
      firstSeenAt: new Date(Date.now() - 3_600_000).toISOString(),
      summary: '网传城区某小学食堂食材过期，家长聚集反映。',
      links: ['https://weibo.com/example/1'],
      unitIds: [education],
      level: 'major',
      clockMarked: true,
    });
    concernId = concern.id;
    await newsOffice('concerns:assign', {
      concernId,
      unitId: education,
      deadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('every screen, as every role: no ISO date, code, Q1–Q4 or stray English; axe clean', async ({
    browser,
  }) => {
    mkdirSync(screenshots, { recursive: true });
    const survey: Survey = { axeChecked: new Set() };
    const tourOf = async (role: string) => {
      const tour = await signedInTour(browser, demo, role, survey);
      const items = await navigationScreens(tour);
      expect(items.length, `${role}’s navigation`).toBeGreaterThan(3);
      const events = await eventsOf(demo, role);
      // The news office and the unit's drafter have an event of every kind to open.
      if (['xinwenban', 'jiaoyu.jb'].includes(role)) {
        expect(Object.keys(events).sort(), `${role}’s events`).toEqual(
          role === 'xinwenban' ? ['held', 'inProgress', 'upcoming'] : ['held', 'upcoming'],
        );
      }
      await eventScreens(tour, events, items);
      if (['xinwenban', 'jiaoyu.jb'].includes(role)) {
        await tour.go(`#/concerns/${concernId}`, '舆情 › 一项舆情');
      }
      await tour.page.screenshot({ path: `${screenshots}/${role}.png`, fullPage: true });
      await tour.page.context().close();
    };
    // Two roles at a time: each in its own browser context, the server shared.
    const waiting = [...roles];
    const walker = async () => {
      for (let role = waiting.shift(); role; role = waiting.shift()) await tourOf(role);
    };
    await Promise.all([walker(), walker()]);
  });
});
