import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { completeFields } from '../main/core/testing/requests.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import { adminCredentials, rpc, setUpOffice } from './support/rpc.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(180_000);

const password = 'password-2026';
const screenshots = 'test-output/screenshots';
const eventTitle = '2027年春季教育工作新闻发布会';

/** One signed-in /rpc client; fails loudly on a refusal. */
async function caller(app: RunningWebApp, username: string) {
  const client = `e2e-${randomUUID()}`;
  const credentials =
    username === adminCredentials.username ? adminCredentials : { username, password };
  const signIn = await rpc(app, 'session:signIn', credentials, client);
  if (!signIn.ok) throw new Error(`sign-in ${username}: ${JSON.stringify(signIn)}`);
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await rpc(app, channel, input, client);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

/** A page of its own, signed in through the screen. */
async function signedInPage(
  browser: Browser,
  app: RunningWebApp,
  username: string,
  secret = password,
): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  await page.goto(app.url);
  await new SignInScreen(page).signIn(username, secret);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  return page;
}

const navCount = (page: Page) => page.getByTestId('nav-count-inbox');

/**
 * Looks at 首页 and then 待办 as a user would, and checks the navigation's count, 首页's count and
 * 待办's count are the same number, and what 待办 lists (or no longer lists).
 */
async function expectTodo(
  page: Page,
  count: number,
  check: { lists?: readonly string[]; lacks?: readonly string[] } = {},
): Promise<void> {
  const nav = new Navigation(page);
  const number = new RegExp(`^${count}(\\D|$)`);
  await nav.open('首页');
  await expect(page.getByTestId('home-todo-count')).toHaveText(String(count));
  await expect(navCount(page)).toHaveText(number);
  await nav.open('待办');
  await expect(page.getByTestId('todo-page-count')).toHaveText(String(count));
  await expect(navCount(page)).toHaveText(number);
  const main = page.getByRole('main');
  for (const text of check.lists ?? []) await expect(main).toContainText(text);
  for (const text of check.lacks ?? []) await expect(main).not.toContainText(text);
}

/** What 待办 counts before the test's actions (the county's own reminders, if any). */
async function baseline(page: Page): Promise<number> {
  await new Navigation(page).open('首页');
  const count = Number(await page.getByTestId('home-todo-count').textContent());
  await expectTodo(page, count);
  return count;
}

async function arrangeOffice(app: RunningWebApp) {
  await setUpOffice(app);
  const admin = await caller(app, adminCredentials.username);
  const units = await admin<{ id: string; name: string }[]>('units:list', {});
  const unitOf = (name: string) => units.find((unit) => unit.name === name)?.id ?? null;
  const users: [string, string, string, string][] = [
    ['jb', '张经办', '县教育体育局', 'drafter'],
    ['fzr', '王局长', '县教育体育局', 'unitHead'],
    ['bm', '吴保密', '县教育体育局', 'clearanceReviewer'],
    ['liu', '刘审核', '县政府新闻办公室', 'newsOfficeReviewer'],
    ['huang', '黄主管', '县政府新闻办公室', 'authorityApprover'],
  ];
  for (const [username, displayName, unit, role] of users) {
    await admin('users:create', {
      username,
      displayName,
      unitId: unitOf(unit),
      roles: [role],
      password,
    });
  }
  return { unitId: unitOf('县教育体育局') ?? '' };
}

/** Signs every required checklist item this user may sign on the material. */
async function signWhatIMay(app: RunningWebApp, username: string, materialId: string) {
  const call = await caller(app, username);
  const checklist = await call<{
    contentHash: string;
    items: { item: { id: string; required: boolean }; refusal: string | null }[];
  }>('materials:checklist', { materialId });
  for (const status of checklist.items) {
    if (!status.item.required || status.refusal !== null) continue;
    await call('materials:sign', {
      materialId,
      itemId: status.item.id,
      contentHash: checklist.contentHash,
      note: '已审核。',
      evidence: [],
    });
  }
}

test('each person’s 待办 lists the work an action creates for them, until they act', async ({
  browser,
  webApp,
}) => {
  const { unitId } = await arrangeOffice(webApp);
  const drafter = await caller(webApp, 'jb');
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const draft = await drafter<{ id: string }>('requests:create', {});
  const saved = await drafter<{ revision: number }>('requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: {
      ...completeFields(unitId),
      title: eventTitle,
      startsAt: `${day}T09:30:00+08:00`,
      endsAt: `${day}T10:30:00+08:00`,
    },
  });

  const secrecy = await signedInPage(browser, webApp, 'bm');
  const head = await signedInPage(browser, webApp, 'fzr');
  const newsOffice = await signedInPage(browser, webApp, 'liu');
  const base = {
    secrecy: await baseline(secrecy),
    head: await baseline(head),
    newsOffice: await baseline(newsOffice),
  };
  await expect(secrecy.getByRole('main')).not.toContainText('我的报批');
  await expect(secrecy.getByRole('heading', { name: /待我审/ })).toHaveCount(0);

  // A material needing sign-offs: each signer the checklist names sees it, with the items.
  const material = await drafter<{ id: string }>('materials:create', {
    requestId: draft.id,
    kind: 'pressRelease',
  });
  await drafter('materials:close', { materialId: material.id });
  await expectTodo(secrecy, base.secrecy + 1, {
    lists: [`新闻通稿 · ${eventTitle}`, '保密审查、错敏词检查'],
  });
  await secrecy.getByRole('button', { name: `新闻通稿 · ${eventTitle}` }).click();
  await expect(secrecy).toHaveURL(new RegExp(`#/materials/${draft.id}/pressRelease$`));
  await expectTodo(head, base.head + 1, { lists: ['准确、一致、领导审定'] });
  mkdirSync(screenshots, { recursive: true });
  await head.screenshot({ path: `${screenshots}/todo-unit-head.png`, fullPage: true });

  await signWhatIMay(webApp, 'bm', material.id);
  await expectTodo(secrecy, base.secrecy, { lacks: [`新闻通稿 · ${eventTitle}`] });
  await signWhatIMay(webApp, 'fzr', material.id);
  await expectTodo(head, base.head, { lacks: [`新闻通稿 · ${eventTitle}`] });

  // A submission: the unit head decides first, then the news office.
  await drafter('requests:submit', { requestId: draft.id, revision: saved.revision });
  await expectTodo(head, base.head + 1, { lists: [eventTitle] });
  await expect(
    head.getByRole('table', { name: '待我审核' }).getByRole('button', { name: eventTitle }),
  ).toBeVisible();
  await expectTodo(newsOffice, base.newsOffice);
  await (
    await caller(webApp, 'fzr')
  )('requests:decide', {
    requestId: draft.id,
    decision: 'approve',
    comment: '同意',
  });
  await expectTodo(head, base.head, { lacks: [eventTitle] });
  await expectTodo(newsOffice, base.newsOffice + 1, { lists: [eventTitle] });
  for (const decider of ['liu', 'huang']) {
    await (
      await caller(webApp, decider)
    )('requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
  }
  await expectTodo(newsOffice, base.newsOffice, { lacks: [eventTitle] });

  // A transcript ended by its note-taker: a reviewer who took no notes sees it until reviewed.
  const view = await drafter<{ speakers: { id: string }[] }>('transcripts:start', {
    requestId: draft.id,
  });
  await drafter('transcripts:commitTurn', {
    requestId: draft.id,
    turnId: randomUUID(),
    speakerId: view.speakers[0]?.id ?? '',
    text: '各位记者朋友，上午好！',
    startedAt: null,
  });
  const ended = await drafter<{ revision: number }>('transcripts:end', { requestId: draft.id });
  await expectTodo(head, base.head + 1, { lists: ['需我审核的现场实录', eventTitle] });
  await head
    .getByRole('region', { name: /需我审核的现场实录/ })
    .getByRole('button', { name: eventTitle })
    .click();
  await expect(head).toHaveURL(new RegExp(`#/transcripts/${draft.id}$`));
  await (
    await caller(webApp, 'fzr')
  )('transcripts:review', {
    requestId: draft.id,
    revision: ended.revision,
  });
  await expectTodo(head, base.head, { lacks: [eventTitle] });
});

test('全部已读 marks every notification read; unread ones look different, by day', async ({
  browser,
  webApp,
}) => {
  const { unitId } = await arrangeOffice(webApp);
  const drafter = await caller(webApp, 'jb');
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  for (const title of ['第一场发布会', '第二场发布会']) {
    const draft = await drafter<{ id: string }>('requests:create', {});
    const saved = await drafter<{ revision: number }>('requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId, {
        title,
        startsAt: `${day}T09:30:00+08:00`,
        endsAt: `${day}T10:30:00+08:00`,
      }),
    });
    await drafter('requests:submit', { requestId: draft.id, revision: saved.revision });
    await (
      await caller(webApp, 'fzr')
    )('requests:decide', {
      requestId: draft.id,
      decision: 'return',
      comment: '请补充材料。',
    });
  }
  const page = await signedInPage(browser, webApp, 'jb');
  await page.getByRole('button', { name: /^通知（[1-9]\d* 条未读通知）$/ }).click();
  const panel = page.getByRole('region', { name: '通知' });
  await expect(panel.getByRole('heading', { name: '今天' })).toBeVisible();
  const returned = panel.getByRole('button', { name: /^未读：.*第一场发布会.*退回/ });
  await expect(returned).toBeVisible();
  await expect(panel.locator('.notification--unread').first()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/notifications-unread.png` });
  await expectNoSeriousViolations(page, 'the open notifications');
  await panel.getByRole('button', { name: '全部已读' }).click();
  await expect(panel.locator('.notification--unread')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^未读：/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '全部已读' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^通知（0 条未读通知）$/ })).toBeVisible();
});

test('after setup the administrator’s home is a checklist that ticks itself', async ({
  page,
  webApp,
}) => {
  await setUpOffice(webApp);
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn(adminCredentials.username, adminCredentials.password);
  const steps = page.getByRole('region', { name: /接下来要做的设置/ }).getByRole('listitem');
  await expect(steps).toHaveText([/添加用户/, /核对单位/, /登记对方工作台/, /导入节假日/]);
  await expect(steps.filter({ hasText: '添加用户' })).toContainText('未完成');
  await expect(page.getByTestId('home-todo-count')).toHaveText('4');
  await expect(navCount(page)).toHaveText(/^4(\D|$)/);
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/admin-first-run.png`, fullPage: true });

  await steps.filter({ hasText: '添加用户' }).getByRole('button', { name: '添加用户' }).click();
  await expect(page).toHaveURL(/#\/admin\/users$/);
  const admin = await caller(webApp, adminCredentials.username);
  const units = await admin<{ id: string; name: string }[]>('units:list', {});
  await admin('users:create', {
    username: 'jb',
    displayName: '张经办',
    unitId: units.find((unit) => unit.name === '县教育体育局')?.id ?? null,
    roles: ['drafter'],
    password,
  });
  await new Navigation(page).open('首页');
  await expect(steps.filter({ hasText: '添加用户' })).toContainText('已完成');
  await expect(steps.filter({ hasText: '核对单位' })).toContainText('未完成');
  await expect(page.getByTestId('home-todo-count')).toHaveText('3');
  await expect(navCount(page)).toHaveText(/^3(\D|$)/);
});

test.describe('the demo county', () => {
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('every role’s 首页 starts with its own 待办, and the three counts agree', async ({
    browser,
  }) => {
    // Seven roles, each signed in with axe run on its home: over three minutes on a busy machine.
    test.setTimeout(360_000);
    mkdirSync(screenshots, { recursive: true });
    for (const username of [
      'jiaoyu.jb',
      'jiaoyu.fzr',
      'jiaoyu.bm',
      'xinwenban',
      'zhuguan',
      'admin',
    ]) {
      const page = await signedInPage(browser, demo, username, 'demo-2026');
      const count = Number(await page.getByTestId('home-todo-count').textContent());
      await expectTodo(page, count);
      await new Navigation(page).open('首页');
      const newRequest = page.getByRole('button', { name: '新建报批' });
      if (username === 'jiaoyu.jb') await expect(newRequest).toBeVisible();
      else await expect(newRequest).toHaveCount(0);
      if (username !== 'jiaoyu.jb') {
        await expect(page.getByRole('main')).not.toContainText('我的报批');
      }
      if (username === 'xinwenban') {
        await expect(page.getByRole('heading', { name: /全县概况/ })).toBeVisible();
      }
      await page.screenshot({ path: `${screenshots}/home-${username}.png`, fullPage: true });
      await expectNoSeriousViolations(page, `首页 of ${username}`);
      await new Navigation(page).open('待办');
      await expectNoSeriousViolations(page, `待办 of ${username}`);
      await page.context().close();
    }
  });
});
