import type { Locator, Page } from '@playwright/test';
import { completeFields } from '../main/core/testing/requests.ts';
import { expect, test } from './support/fixtures.ts';
import {
  arrangeEventWithMaterials,
  materialPassword,
  rpcAs,
  signInOnPage,
} from './support/materials.ts';
import { adminCredentials } from './support/rpc.ts';
import { SignInScreen } from './support/pages.ts';
import { password, setUpApprovedEvent } from './support/transcriptEvent.ts';
import type { RunningWebApp } from './support/webApp.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(240_000);

/** The stamp the page polls comes every 10 s: a change by someone else shows within that. */
const remote = { timeout: 25_000 };

const stage = (page: Page, name: string) =>
  page
    .getByRole('list', { name: '办理阶段' })
    .getByRole('listitem')
    .filter({ hasText: name })
    .first();

/** The top edge of an element with the window scrolled to the top: what a laptop shows first. */
async function topEdge(page: Page, element: Locator): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return (await element.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
}

async function signedIn(app: RunningWebApp, username: string, secret = materialPassword) {
  const client = `e2e-${username}-${Math.random().toString(36).slice(2, 10)}`;
  await rpcAs(app, client, 'session:signIn', { username, password: secret });
  return client;
}

/** Forty days ahead: the materials are not yet due, so only their sign-offs stand in the way. */
function eventTime() {
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${day}T09:30:00+08:00`, endsAt: `${day}T10:30:00+08:00` };
}

/** A complete draft of 县教育体育局 (zhang drafts, wang clears), and the deciders above wang. */
async function arrangeCompleteDraft(app: RunningWebApp): Promise<string> {
  const { requestId } = await arrangeEventWithMaterials(app, []);
  const admin = await signedIn(app, adminCredentials.username, adminCredentials.password);
  const units = await rpcAs<{ id: string; name: string }[]>(app, admin, 'units:list', {});
  const newsOffice = units.find((unit) => unit.name === '县政府新闻办公室')?.id ?? null;
  for (const [username, displayName, role] of [
    ['liu', '刘审核', 'newsOfficeReviewer'],
    ['huang', '黄主管', 'authorityApprover'],
  ] as const) {
    await rpcAs(app, admin, 'users:create', {
      username,
      displayName,
      unitId: newsOffice,
      roles: [role],
      password: materialPassword,
    });
  }
  const zhang = await signedIn(app, 'zhang');
  const draft = await rpcAs<{ revision: number; fields: { unitId: string } }>(
    app,
    zhang,
    'requests:get',
    { requestId },
  );
  await rpcAs(app, zhang, 'requests:saveDraft', {
    requestId,
    revision: draft.revision,
    fields: { ...completeFields(draft.fields.unitId), ...eventTime(), title: '春季教育工作发布会' },
  });
  return requestId;
}

/** wang signs every required item of every material of the event (another person, elsewhere). */
async function clearEverything(app: RunningWebApp, requestId: string): Promise<void> {
  const wang = await signedIn(app, 'wang');
  const overview = await rpcAs<{ materials: { id: string }[] }>(app, wang, 'materials:overview', {
    requestId,
  });
  for (const { id } of overview.materials) {
    const checklist = await rpcAs<{
      contentHash: string;
      items: { applies: boolean; current: unknown; item: { id: string; required: boolean } }[];
    }>(app, wang, 'materials:checklist', { materialId: id });
    for (const status of checklist.items) {
      if (!status.applies || !status.item.required || status.current) continue;
      await rpcAs(app, wang, 'materials:sign', {
        materialId: id,
        itemId: status.item.id,
        contentHash: checklist.contentHash,
        note: '已审核。',
        evidence: [],
      });
    }
  }
}

test('the event page stays true without a reload: drafting, signing, a decision, an export', async ({
  page,
  webApp,
}) => {
  const requestId = await arrangeCompleteDraft(webApp);
  await page.goto(webApp.url);
  await signInOnPage(page, 'zhang');
  await page.goto(`${webApp.origin}/#/events/${requestId}`);
  await expect(stage(page, '报批')).toContainText('报批尚未提交');
  await expect(stage(page, '材料与审查')).toContainText('尚无发布材料');

  // Opening a tab folds the overview into one line; the editor starts within the first screen.
  await page.getByRole('tab', { name: '材料与审查' }).click();
  const toggle = page.getByRole('button', { name: '展开概况' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('list', { name: '办理阶段' })).toBeHidden();
  const editor = page.getByRole('textbox', { name: /正文$/ });
  for (const kind of ['发布辞', '新闻通稿', '答问口径']) {
    await page.getByRole('button', { name: `新建${kind}` }).click();
    await expect(page.getByRole('tab', { name: new RegExp(`^${kind}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    expect(await topEdge(page, editor)).toBeLessThan(768);
  }

  // Three materials, none cleared: the badge and the headline name the sign-offs, with their number.
  const materialsTab = page.getByRole('tab', { name: /^材料与审查/ });
  await expect(materialsTab).toHaveText(/材料与审查3 份 · 待签 \d+/);
  const pending = Number(/待签 (\d+)/.exec((await materialsTab.textContent()) ?? '')?.[1]);
  expect(pending).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('workspace-now')).toContainText(`报批：尚缺 ${pending} 项签核`);
  await toggle.click();
  await expect(page.getByRole('button', { name: '收起概况' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(stage(page, '报批')).toContainText(`尚缺 ${pending} 项签核`);
  await expect(stage(page, '报批')).not.toContainText('报批表尚未填写完整');
  await expect(stage(page, '材料与审查')).toContainText(`尚缺 ${pending} 项签核`);
  await expect(stage(page, '材料与审查')).not.toContainText('尚无发布材料');

  // Another person signs everything: the page learns of it by itself.
  await clearEverything(webApp, requestId);
  await expect(materialsTab).toHaveText('材料与审查3 份', remote);
  await expect(stage(page, '材料与审查')).toContainText('已完成');
  await expect(stage(page, '报批')).toContainText('报批尚未提交');

  // The drafter submits; the three levels decide elsewhere; the page follows each decision.
  await page.getByRole('button', { name: '提交审批', exact: true }).click();
  await expect(stage(page, '报批')).toContainText('单位负责人尚未审核');
  for (const decider of ['wang', 'liu', 'huang']) {
    const client = await signedIn(webApp, decider);
    await rpcAs(webApp, client, 'requests:decide', {
      requestId,
      decision: 'approve',
      comment: '同意',
    });
  }
  await expect(stage(page, '报批')).toContainText('已完成', remote);
  await expect(stage(page, '发布与归档')).toContainText('尚未导出发布稿');

  // The approved 新闻通稿 exported: the file is named on screen, the files and stages follow.
  await page.getByRole('tab', { name: /^新闻通稿/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word（正式稿）' }).click();
  const fileName = (await download).suggestedFilename();
  expect(fileName).toMatch(/新闻通稿\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: `已导出「${fileName}」` })).toBeVisible();
  // Web mode: the browser's downloads list shows the file; the desktop alone offers the folder.
  await expect(page.getByRole('button', { name: '打开所在文件夹' })).toHaveCount(0);
  await expect(stage(page, '发布与归档')).not.toContainText('尚未导出发布稿');
  await expect(page.getByRole('tab', { name: /^文件与导出/ })).toHaveText('文件与导出1 个文件');
  await page.getByRole('tab', { name: /^文件与导出/ }).click();
  await expect(page.getByRole('table', { name: '已生成的文件' })).toContainText(fileName);
  await expect(page.getByText('尚未生成文件')).toHaveCount(0);

  // Back to the materials: the editor is again within the first screen.
  await page.getByRole('tab', { name: /^材料与审查/ }).click();
  await expect(editor).toBeVisible();
  expect(await topEdge(page, editor)).toBeLessThan(768);
  await page.screenshot({ path: 'test-output/screenshots/event-page-1366.png' });
});

test('live capture: the input within the first screen, full screen with 结束实录, Esc leaves', async ({
  page,
  webApp,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  await page.goto(webApp.url);
  await new SignInScreen(page).signIn('jilu', password);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await page.goto(`${webApp.origin}/#/events/${requestId}`);
  await page.getByRole('tab', { name: '现场实录' }).click();
  await page.getByRole('button', { name: '开始实录' }).click();
  const input = page.getByRole('textbox', { name: /发言内容/ });
  await expect(input).toBeVisible();
  expect(await topEdge(page, input)).toBeLessThan(768);

  await page.getByRole('button', { name: '全屏实录' }).click();
  const full = page.getByRole('region', { name: '全屏实录' });
  await expect(full).toBeVisible();
  await expect(full.getByRole('button', { name: '结束实录' })).toBeInViewport();
  await expect(full.getByRole('textbox', { name: /发言内容/ })).toBeInViewport();
  await expect(full.getByRole('textbox', { name: /发言内容/ })).toBeFocused();
  await page.keyboard.type('各位记者朋友，上午好。');
  await page.keyboard.press('Enter');
  await expect(full.getByText('各位记者朋友，上午好。')).toBeVisible();
  await expect(full.getByRole('button', { name: '结束实录' })).toBeInViewport();
  await page.screenshot({ path: 'test-output/screenshots/capture-full-screen-1366.png' });
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();
  await expect(page.getByRole('button', { name: '全屏实录' })).toBeVisible();

  // The capture screen of its own: the top bar and 结束实录 stay in view however far it scrolls.
  await page.goto(`${webApp.origin}/#/transcripts/${requestId}`);
  const screenInput = page.getByRole('textbox', { name: /发言内容/ });
  await expect(screenInput).toBeVisible();
  expect(await topEdge(page, screenInput)).toBeLessThan(768);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole('button', { name: '结束实录' })).toBeInViewport();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeInViewport();
});
