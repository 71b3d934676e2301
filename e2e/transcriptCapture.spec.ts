import { expect, test } from './support/fixtures.ts';
import { Navigation, SignInScreen } from './support/pages.ts';
import {
  eventTitle,
  openTranscript,
  password,
  setUpApprovedEvent,
  signedInRpc,
} from './support/transcriptEvent.ts';

test.setTimeout(180_000);

/** Who speaks the n-th turn: Alt+1 … Alt+5 over the roster (the reporter added is the fifth). */
const speakerOrder = ['李主持', '赵发布', '钱发言', '孙参加', '县融媒体中心记者 周记者'];
const lineOf = (index: number) => `第${index + 1}条：全县新增公办学位三千个，课后服务实现全覆盖。`;

test('capture: hotkeys switch speakers, 30 turns survive a reload in order, an edit keeps its history', async ({
  page,
  webApp,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  await openTranscript(page, webApp, 'jilu');
  await page.getByRole('button', { name: '开始实录' }).click();
  await expect(page.getByRole('button', { name: '结束实录' })).toBeVisible();

  // The roster comes from the request; a reporter is added on the fly.
  for (const name of speakerOrder.slice(0, 4)) {
    await expect(page.getByRole('button', { name: `选择 ${name}` })).toBeVisible();
  }
  await page.getByLabel('姓名').fill('周记者');
  await page.getByLabel('所在媒体').fill('县融媒体中心');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('button', { name: '选择 县融媒体中心记者 周记者' })).toBeVisible();

  const input = page.getByRole('textbox', { name: /发言内容/ });
  for (let index = 0; index < 30; index++) {
    const speaker = index % speakerOrder.length;
    await input.focus();
    await page.keyboard.press(`Alt+Digit${speaker + 1}`);
    await expect(page.getByText(`${speakerOrder[speaker]} 发言`)).toBeVisible();
    await input.fill(lineOf(index));
    await input.press('Enter');
  }
  const turns = page.getByRole('list', { name: '发言记录' }).getByRole('listitem');
  await expect(turns).toHaveCount(30);
  await expect(page.getByText('保存中…')).toHaveCount(0);

  // The line being typed is kept as a draft in main.
  await input.fill('今天的发布会到此');
  const asNoteTaker = await signedInRpc(webApp, 'jilu');
  await expect
    .poll(
      async () =>
        (await asNoteTaker<{ draft: { text: string } | null }>('transcripts:get', { requestId }))
          .draft?.text,
    )
    .toBe('今天的发布会到此');

  await page.reload();
  await expect(turns).toHaveCount(30);
  const texts = await turns.allInnerTexts();
  texts.forEach((text, index) => {
    expect(text).toContain(`[${speakerOrder[index % speakerOrder.length]}]`);
    expect(text).toContain(lineOf(index));
  });
  await expect(page.getByRole('textbox', { name: /发言内容/ })).toHaveValue('今天的发布会到此');

  // An edit is a new revision; the history shows both.
  const fifth = turns.nth(4);
  await fifth.getByRole('button', { name: '修改' }).click();
  await fifth.getByLabel('内容').fill('第5条：全县新增公办学位三千二百个。');
  await fifth.getByRole('button', { name: '保存修改' }).click();
  await expect(fifth).toContainText('第5条：全县新增公办学位三千二百个。');
  await page.reload();
  await fifth.getByRole('button', { name: '修改记录（2）' }).click();
  const history = fifth.getByRole('list', { name: '修改记录（2）' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(lineOf(4));
  await expect(history.nth(0)).toContainText('第 1 版 · 陈记录');
  await expect(history.nth(1)).toContainText('第5条：全县新增公办学位三千二百个。');
  await page.screenshot({ path: 'test-output/transcripts/capture-screen.png', fullPage: true });
});

test('review by someone else, export, and search that jumps to the turn', async ({
  page,
  webApp,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  const noteTaker = await signedInRpc(webApp, 'jilu');
  const view = await noteTaker<{ speakers: { id: string }[] }>('transcripts:start', { requestId });
  const lines = [
    '防汛准备已经就绪。',
    '乡村振兴项目资金1.2亿元已全部到位。',
    '防汛物资储备充足，防汛队伍全部到岗。',
  ];
  for (const [index, text] of lines.entries()) {
    await noteTaker('transcripts:commitTurn', {
      requestId,
      turnId: crypto.randomUUID(),
      speakerId: view.speakers[index % 2]?.id,
      text,
      startedAt: null,
    });
  }
  await noteTaker('transcripts:end', { requestId });

  // The note-taker is offered no review; the reviewer reviews, then exports the Word file.
  await openTranscript(page, webApp, 'jilu');
  for (const [tab, file] of [
    ['记者提问', 'questions'],
    ['会后材料', 'deliverables'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.screenshot({ path: `test-output/transcripts/${file}.png`, fullPage: true });
  }
  await page.getByRole('tab', { name: '审核与导出' }).click();
  await expect(page.getByRole('button', { name: '审核通过' })).toHaveCount(0);
  await page.getByRole('button', { name: '导出文字实录（Word）' }).click();
  await expect(page.getByRole('alert')).toContainText('审核后才能导出');
  await new Navigation(page).signOut();
  await new SignInScreen(page).signIn('liu', password);
  await new Navigation(page).open('现场实录');
  await page.getByRole('button', { name: eventTitle }).click();
  await page.getByRole('tab', { name: '审核与导出' }).click();
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已由刘审核于' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出文字实录（Word）' }).click();
  expect((await download).suggestedFilename()).toMatch(/^\d{8}-县教育体育局-文字实录\.docx$/);

  // Search over all transcripts: 2 characters, highlighted; a click opens the turn.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('searchbox', { name: '搜索全部实录' }).fill('防汛');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  const hits = page.getByRole('list', { name: '搜索全部实录' }).getByRole('listitem');
  await expect(hits).toHaveCount(2);
  await expect(hits.first()).toContainText('防汛物资储备充足');
  await expect(hits.first().locator('mark')).toHaveText(['防汛', '防汛']);
  // Ranked by relevance (few matches); newest first on request, the same turns.
  const order = page.getByRole('group', { name: '排序' });
  await expect(order.getByRole('button', { name: '按相关度' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await order.getByRole('button', { name: '最新在前' }).click();
  await expect(order.getByRole('button', { name: '最新在前' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(hits).toHaveCount(2);
  await expect(hits.last()).toContainText('防汛准备已经就绪');
  await page.getByRole('searchbox', { name: '搜索全部实录' }).fill('乡村振兴');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(hits).toHaveCount(1);
  await hits.first().getByRole('button').click();
  const focused = page.getByRole('list', { name: '发言记录' }).getByRole('listitem').nth(1);
  await expect(focused).toBeFocused();
  await expect(focused).toContainText('乡村振兴项目资金1.2亿元');

  // From elsewhere, the header's global search finds the same turn by a phrase and opens it.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '首页' })
    .click();
  await page.keyboard.press('Control+k');
  const globalSearch = page.getByRole('combobox', { name: '全局搜索' });
  await expect(globalSearch).toBeFocused();
  await globalSearch.fill('乡村振兴项目资金');
  const turns = page.getByRole('listbox', { name: '全局搜索' }).getByRole('group', {
    name: '文字实录',
  });
  await turns.getByRole('option').first().click();
  await expect(
    page.getByRole('list', { name: '发言记录' }).getByRole('listitem').nth(1),
  ).toBeFocused();
});
