import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeFields } from '../main/core/testing/requests.ts';
import { expect, test } from './support/fixtures.ts';
import { Navigation, signInAs } from './support/pages.ts';
import { adminCredentials } from './support/rpc.ts';
import { signedInRpc } from './support/transcriptEvent.ts';
import { password, setUpTwoOffices } from './support/twoOffices.ts';
import { startWebApp, type RunningWebApp } from './support/webApp.ts';

test.setTimeout(240_000);
test.use({ viewport: { width: 1366, height: 768 } });

const screenshots = 'test-output/evaluation';
const note = '已提醒发言人，下次注意用语。';

interface Speaker {
  readonly id: string;
  readonly role: string;
}

/** Package bytes as `exchange:importPackage` takes them. */
const asInput = (file: { fileName: string; contentBase64: string }) => ({
  fileName: file.fileName,
  contentBase64: file.contentBase64,
});

/** The department's request, approved across the exchange; then a reviewed transcript at the news office. */
async function reviewedAtNewsOffice(department: RunningWebApp, office: RunningWebApp) {
  const departmentAdmin = await signedInRpc(department, adminCredentials.username);
  const units = await departmentAdmin<{ id: string; name: string }[]>('units:list', {});
  const unitId = units.find((unit) => unit.name === '县教育体育局')?.id ?? '';
  const drafter = await signedInRpc(department, 'zhang');
  const draft = await drafter<{ id: string }>('requests:create', {});
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const saved = await drafter<{ revision: number }>('requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: {
      ...completeFields(unitId),
      startsAt: `${day}T09:30:00+08:00`,
      endsAt: `${day}T10:30:00+08:00`,
      title: '2027年春季教育工作新闻发布会',
    },
  });
  await drafter('requests:submit', { requestId: draft.id, revision: saved.revision });
  const decide = { requestId: draft.id, decision: 'approve', comment: '同意' };
  await (
    await signedInRpc(department, 'wang')
  )('requests:decide', decide);
  const up = await drafter<{ fileName: string; contentBase64: string }>('requests:exportPackage', {
    requestId: draft.id,
  });
  const reviewer = await signedInRpc(office, 'liu');
  await reviewer('exchange:importPackage', asInput(up));
  await reviewer('requests:decide', decide);
  await (
    await signedInRpc(office, 'huang')
  )('requests:decide', decide);

  const officeAdmin = await signedInRpc(office, adminCredentials.username);
  await officeAdmin('wording:save', {
    kind: 'forbidden',
    word: '史无前例',
    suggestion: '',
    note: '',
  });
  const officeUnits = await officeAdmin<{ id: string; name: string }[]>('units:list', {});
  await officeAdmin('users:create', {
    username: 'jilu',
    displayName: '陈记录',
    unitId: officeUnits.find((unit) => unit.name === '县教育体育局')?.id ?? null,
    roles: ['drafter'],
    password,
  });
  const noteTaker = await signedInRpc(office, 'jilu');
  const requestId = draft.id;
  await noteTaker('transcripts:start', { requestId });
  const view = await noteTaker<{ speakers: Speaker[] }>('transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '周记者',
    title: '',
    outlet: '县融媒体中心',
  });
  const speaker = (role: string) => view.speakers.find((item) => item.role === role)?.id ?? '';
  for (const [role, text] of [
    ['mainSpeaker', '今年全县教育投入力度史无前例。'],
    ['reporter', '请问县里对校外培训机构的监管有什么新举措？'],
  ] as const) {
    await noteTaker('transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: speaker(role),
      text,
      startedAt: null,
    });
  }
  const ended = await noteTaker<{ revision: number }>('transcripts:end', { requestId });
  await reviewer('transcripts:review', { requestId, revision: ended.revision });
  return requestId;
}

test('the news office’s 发布评估 reaches the department, read-only, after an exchange', async ({
  browser,
  webApp,
}) => {
  const newsOffice = await startWebApp();
  try {
    await setUpTwoOffices(webApp, newsOffice);
    const requestId = await reviewedAtNewsOffice(webApp, newsOffice);

    // The news office marks the forbidden word 已核实 and exports the package to the unit.
    const office = await (await browser.newContext()).newPage();
    await signIn(office, newsOffice, 'liu');
    await office.goto(`${newsOffice.url.split('#')[0]}#/evaluation/${requestId}`);
    const marked = office.locator('[data-finding="wordingSpoken"]');
    await marked.getByLabel('核实说明').fill(note);
    await marked.getByRole('button', { name: '已核实' }).click();
    await expect(marked.getByText(note)).toBeVisible();
    await expect(office.getByText('核实结果将随数据包发往')).toBeVisible();
    mkdirSync(screenshots, { recursive: true });
    await office.screenshot({ path: `${screenshots}/sends-1366.png` });
    const download = office.waitForEvent('download');
    await office.getByRole('button', { name: '导出数据包' }).click();
    const carried = await (await download).path();
    await expect(office.getByRole('status').filter({ hasText: '已导出数据包' })).toBeVisible();

    // The department imports it and reads the review as the news office marked it.
    const department = await (await browser.newContext()).newPage();
    await signIn(department, webApp, 'zhang');
    await new Navigation(department).open('报批');
    await department.getByLabel('导入数据包').setInputFiles(carried);
    await expect(department.getByRole('status').filter({ hasText: '已导入来自' })).toBeVisible();
    await department.goto(`${webApp.url.split('#')[0]}#/evaluation/${requestId}`);
    await expect(
      department.getByRole('heading', { name: '新闻办的发布评估（只读）' }),
    ).toBeVisible();
    const received = department.locator('[data-finding="wordingSpoken"]');
    await expect(received.getByText(note)).toBeVisible();
    await expect(received.getByText('刘审核 ·')).toBeVisible();
    await expect(received.locator('mark', { hasText: '史无前例' })).toHaveCount(2);
    await expect(department.getByRole('button', { name: '已核实' })).toHaveCount(0);
    await expect(department.getByRole('button', { name: '无问题' })).toHaveCount(0);
    await expect(department.getByRole('link', { name: '查看实录' })).toHaveCount(0);
    await expect(department.getByRole('button', { name: '导出数据包' })).toHaveCount(0);
    await department.screenshot({ path: `${screenshots}/received-1366.png` });
    await department.setViewportSize({ width: 1920, height: 1080 });
    await department.screenshot({ path: `${screenshots}/received-1920.png` });
  } finally {
    await newsOffice.stop();
  }
});

async function signIn(page: Page, app: RunningWebApp, username: string): Promise<void> {
  await page.goto(app.url);
  await signInAs(page, username, password);
}
