import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, signInAs } from './support/pages.ts';
import { rpc } from './support/rpc.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(180_000);
test.use({ viewport: { width: 1366, height: 768 } });

const demoPassword = 'demo-2026';
const screenshots = 'test-output/screenshots';

interface TranscriptSummary {
  readonly requestId: string;
  readonly title: string;
  readonly status: string;
  readonly turnCount: number;
}

test.describe('the demo county’s key screens are filled', () => {
  let demo: RunningWebApp;
  test.beforeAll(async () => {
    // Seeding the demo county takes a while on a loaded machine.
    test.setTimeout(180_000);
    demo = await startWebApp({ extraArgs: ['--demo'] });
  });
  test.afterAll(async () => {
    await demo.stop();
  });

  test('the 口径库 lists units’ answers, some about to expire and one expired', async ({
    page,
  }) => {
    mkdirSync(screenshots, { recursive: true });
    await page.goto(demo.url);
    await signInAs(page, 'xinwenban', demoPassword);
    await new Navigation(page).open('口径库');
    const table = page.getByRole('table', { name: '口径库' });
    await expect(table.getByRole('row')).toHaveCount(12);
    await expect(table.getByText('已过期')).toHaveCount(1);
    expect(await table.getByText(/^\d+天内到期$/).count()).toBeGreaterThanOrEqual(2);
    await expect(table.getByRole('cell', { name: '县医疗保障局' }).first()).toBeVisible();
    await expectNoSeriousViolations(page, '口径库');
    await page.screenshot({ path: `${screenshots}/demo-answers.png` });
  });

  test('a past event’s 文字实录 is reviewed, with speakers and turns', async ({ page }) => {
    const client = `e2e-${randomUUID()}`;
    await rpc(demo, 'session:signIn', { username: 'xinwenban', password: demoPassword }, client);
    const listed = await rpc(demo, 'transcripts:list', {}, client);
    const summaries = (listed.value ?? []) as TranscriptSummary[];
    const reviewed = summaries.filter((item) => item.status === 'reviewed');
    expect(reviewed.length).toBeGreaterThanOrEqual(20);
    const event = reviewed[0];
    if (!event) throw new Error('no reviewed transcript in the demo');
    expect(event.turnCount).toBeGreaterThanOrEqual(15);

    await page.goto(demo.url);
    await signInAs(page, 'xinwenban', demoPassword);
    await page.evaluate((id) => (window.location.hash = `#/transcripts/${id}`), event.requestId);
    await expect(page.getByText('已审核').first()).toBeVisible();
    const turns = page.getByRole('list', { name: '发言记录' }).getByRole('listitem');
    await expect(turns).toHaveCount(event.turnCount);
    await expect(turns.first()).toContainText('各位');
    await expectNoSeriousViolations(page, '文字实录');
    await page.screenshot({ path: `${screenshots}/demo-transcript.png` });
  });

  test('an empty list says what it is for and what to do', async ({ page }) => {
    await page.goto(demo.url);
    await signInAs(page, 'admin', demoPassword);
    await new Navigation(page).open('数据交换');
    const notes = page.getByRole('note');
    await expect(notes.filter({ hasText: '只接受在这里登记' })).toContainText('对方的公钥卡片');
    await expect(notes.filter({ hasText: '本机发出和收到的每个数据包' })).toContainText(
      '导出数据包',
    );
    await expectNoSeriousViolations(page, '数据交换');
    await page.screenshot({ path: `${screenshots}/demo-exchange-empty.png` });
  });
});
