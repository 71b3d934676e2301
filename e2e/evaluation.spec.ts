import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { SignInScreen } from './support/pages.ts';
import { adminCredentials } from './support/rpc.ts';
import { password, setUpApprovedEvent, signedInRpc } from './support/transcriptEvent.ts';

test.setTimeout(180_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/evaluation';

interface Speaker {
  readonly id: string;
  readonly role: string;
}

test('发布评估: findings with their turn, a news-office mark, 加入口径库 and the Word report', async ({
  page,
  webApp,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  const admin = await signedInRpc(webApp, adminCredentials.username);
  await admin('wording:save', { kind: 'forbidden', word: '史无前例', suggestion: '', note: '' });
  const noteTaker = await signedInRpc(webApp, 'jilu');
  await noteTaker('transcripts:start', { requestId });
  const view = await noteTaker<{ speakers: Speaker[] }>('transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '周记者',
    title: '',
    outlet: '县融媒体中心',
  });
  const speaker = (role: string) => view.speakers.find((item) => item.role === role)?.id ?? '';
  const script: [string, string][] = [
    ['mainSpeaker', '今年全县教育投入力度史无前例。'],
    ['reporter', '请问县里对校外培训机构的监管有什么新举措？'],
    ['mainSpeaker', '我们将开展专项治理，坚决查处违规培训。'],
  ];
  for (const [role, text] of script) {
    await noteTaker('transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: speaker(role),
      text,
      startedAt: null,
    });
  }
  const ended = await noteTaker<{ revision: number }>('transcripts:end', { requestId });
  const reviewer = await signedInRpc(webApp, 'liu');
  await reviewer('transcripts:review', { requestId, revision: ended.revision });

  await page.goto(webApp.url);
  await new SignInScreen(page).signIn('liu', password);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await page.goto(`${webApp.url.split('#')[0]}#/evaluation/${requestId}`);
  await expect(page.getByRole('heading', { name: /^发布评估/, level: 1 })).toBeVisible();

  const spoken = page.locator('[data-finding="wordingSpoken"]');
  await expect(spoken).toHaveCount(1);
  await expect(spoken.getByText('第 1 条 · 赵发布')).toBeVisible();
  await expect(spoken.locator('mark', { hasText: '史无前例' })).toHaveCount(2);
  await expect(spoken.getByRole('link', { name: '查看实录' })).toHaveAttribute(
    'href',
    new RegExp(`^#/transcripts/${requestId}/`),
  );

  const question = page.locator('[data-finding="questionUnprepared"]');
  await expect(question).toHaveCount(1);
  await expect(question.getByText('本活动没有准备任何口径问题。')).toBeVisible();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/evaluation-1366.png` });

  await spoken.getByLabel('核实说明').fill('已提醒发言人，下次注意用语。');
  await spoken.getByRole('button', { name: '已核实' }).click();
  await expect(spoken.getByText('刘审核 ·')).toBeVisible();
  await expect(spoken.getByText('已提醒发言人，下次注意用语。')).toBeVisible();

  await question.getByRole('button', { name: '加入口径库' }).click();
  await expect(page.getByRole('status')).toContainText('校外培训机构');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/-县教育体育局-发布评估\.docx$/);

  // The mark stays after a reload; the event's own unit reads the review but cannot mark.
  await page.reload();
  await expect(spoken.getByText('已提醒发言人，下次注意用语。')).toBeVisible();
  const unit = await signedInRpc(webApp, 'jilu');
  const seen = await unit<{ canMark: boolean; findings: { mark: unknown }[] }>('evaluation:get', {
    requestId,
  });
  expect(seen.canMark).toBe(false);
  expect(seen.findings.filter((finding) => finding.mark !== null)).toHaveLength(1);
});
