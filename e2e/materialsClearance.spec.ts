import type { Page } from '@playwright/test';
import { adminCredentials } from './support/rpc.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import {
  arrangeEventWithMaterials,
  MaterialScreen,
  materialPassword,
  rpcAs,
  signInOnPage,
} from './support/materials.ts';
import type { RunningWebApp } from './support/webApp.ts';

test.setTimeout(150_000);

async function signedInClient(app: RunningWebApp, username: string, password = materialPassword) {
  const client = `e2e-${username}-${Date.now()}`;
  await rpcAs(app, client, 'session:signIn', { username, password });
  return client;
}

async function openAs(
  page: Page,
  app: RunningWebApp,
  username: string,
  requestId: string,
  kind: string,
) {
  await page.goto(app.url);
  await signInOnPage(page, username);
  await page.goto(`${app.origin}/#/materials/${requestId}/${kind}`);
  const screen = new MaterialScreen(page);
  await expect(screen.editor).toBeVisible();
  return screen;
}

const panel = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** The text under each shown 错敏词 mark of `kind`: the characters whose boxes it covers. */
const markedWords = (page: Page, kind: string) =>
  page.evaluate((kind) => {
    const editor = document.querySelector<HTMLElement>('[contenteditable="true"]');
    if (!editor) return [];
    const characters: { readonly character: string; readonly box: DOMRect }[] = [];
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < (node.textContent ?? '').length; offset++) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        characters.push({ character: range.toString(), box: range.getBoundingClientRect() });
      }
    }
    return [...document.querySelectorAll<HTMLElement>(`.mat-mark--${kind}`)]
      .filter((mark) => mark.getClientRects().length > 0)
      .map((mark) => {
        const box = mark.getBoundingClientRect();
        return characters
          .filter(({ box: character }) => {
            const [x, y] = [
              character.left + character.width / 2,
              character.top + character.height / 2,
            ];
            return x > box.left && x < box.right && y > box.top && y < box.bottom;
          })
          .map(({ character }) => character)
          .join('');
      });
  }, kind);

test('a forbidden word is marked as typed and blocks clearance; a later edit voids a sign-off', async ({
  browser,
  webApp,
}) => {
  const { requestId } = await arrangeEventWithMaterials(webApp, ['opening']);
  const admin = await signedInClient(webApp, adminCredentials.username, adminCredentials.password);
  await rpcAs(webApp, admin, 'wording:save', {
    kind: 'forbidden',
    word: '绝对保证',
    suggestion: '',
    note: '',
  });
  await rpcAs(webApp, admin, 'wording:save', {
    kind: 'preferred',
    word: '农民工',
    suggestion: '进城务工人员',
    note: '',
  });

  const drafterPage = await (await browser.newContext()).newPage();
  const drafter = await openAs(drafterPage, webApp, 'zhang', requestId, 'opening');
  await drafter.editor.getByText('谢谢大家！').click();
  await drafterPage.keyboard.press('Home');
  await drafterPage.keyboard.type('我们绝对保证农民工工资按时发放。');
  await drafter.expectSaved();
  // The mark is drawn under the word, and follows it once typing before it pauses.
  await expect.poll(() => markedWords(drafterPage, 'forbidden')).toEqual(['绝对保证']);
  await expect.poll(() => markedWords(drafterPage, 'preferred')).toEqual(['农民工']);
  await drafterPage.keyboard.press('Home');
  await drafterPage.keyboard.type('今年，');
  await expect.poll(() => markedWords(drafterPage, 'forbidden')).toEqual(['绝对保证']);
  await panel(drafterPage, '错敏词').click();
  const hits = drafterPage.getByRole('tabpanel', { name: '错敏词' }).getByRole('listitem');
  await expect(hits.filter({ hasText: /^禁用词/ })).toContainText(
    '绝对保证“三、下一步工作”下第2段',
  );
  await expect(hits.filter({ hasText: /^规范用语/ })).toContainText('农民工建议改为“进城务工人员”');

  // The reviewer cannot sign anything while the forbidden word stays, and is told where it is.
  const reviewerPage = await (await browser.newContext()).newPage();
  const reviewer = await openAs(reviewerPage, webApp, 'wang', requestId, 'opening');
  await expect(reviewer.editor).toHaveAttribute('contenteditable', 'false');
  await expect(reviewerPage.getByRole('note').filter({ hasText: '禁用词' })).toContainText(
    '“绝对保证”',
  );
  await expect(
    reviewerPage.getByText('材料含有禁用词“绝对保证”（“三、下一步工作”下第2段：').first(),
  ).toBeVisible();
  await expect(reviewerPage.getByRole('button', { name: '签署' })).toHaveCount(0);

  // The drafter rewrites the sentence; the reviewer signs 保密审查 with a note and evidence.
  await drafter.editor.getByText('我们绝对保证').click();
  await drafterPage.keyboard.press('Home');
  await drafterPage.keyboard.press('Shift+End');
  await drafterPage.keyboard.type('进城务工人员工资按时发放。');
  await drafter.expectSaved();
  await reviewerPage.reload();
  await expect(reviewer.editor).toBeVisible();
  const confidentiality = reviewerPage.getByRole('listitem').filter({ hasText: '保密审查' });
  await confidentiality.getByRole('button', { name: '签署' }).click();
  const dialog = reviewerPage.getByRole('dialog', { name: '签署“保密审查”' });
  await dialog.getByLabel('审查意见').fill('经审查，不涉及国家秘密。');
  await dialog.getByLabel('证明材料（最多 3 个文件）').setInputFiles({
    name: '保密审查表.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('保密审查表'),
  });
  await dialog.getByRole('button', { name: '确认签署' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(confidentiality).toContainText('王审查于');
  await expect(confidentiality).toContainText('（第 1 版）');
  await expect(confidentiality.getByRole('button', { name: '保密审查表.txt' })).toBeVisible();

  // An edit afterwards voids the sign-off, visibly.
  await drafter.caretAtEndOf('进城务工人员工资按时发放。');
  await drafterPage.keyboard.type('再见。');
  await drafter.expectSaved();
  await reviewerPage.reload();
  await expect(confidentiality).toContainText('已失效：签署后材料被修改（张经办，');
  await expect(confidentiality.getByRole('button', { name: '签署' })).toBeVisible();
  await reviewerPage.setViewportSize({ width: 1366, height: 768 });
  await confidentiality.scrollIntoViewIfNeeded();
  await expectNoSeriousViolations(reviewerPage, 'a checklist with a voided sign-off');
  await reviewerPage.screenshot({ path: 'test-output/screenshots/signoff-voided-zh.png' });

  // In the English UI the void reads in English, its time as English writes it.
  await reviewerPage.getByRole('button', { name: 'English' }).click();
  const voided = confidentiality.locator('.signoff__void');
  await expect(voided).toContainText('Void: the material was edited after signing (张经办, ');
  await expect(voided).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}\)/);
  await expect(voided).not.toContainText(/年|月|日|：|，/);
  await expectNoSeriousViolations(reviewerPage, 'the English checklist with a voided sign-off');
  await reviewerPage.screenshot({ path: 'test-output/screenshots/signoff-voided-en.png' });
});

test('versions with who and when, a word-level diff, and restore as a new version', async ({
  page,
  webApp,
}) => {
  const { requestId } = await arrangeEventWithMaterials(webApp, ['pressRelease']);
  const screen = await openAs(page, webApp, 'zhang', requestId, 'pressRelease');
  await screen.caretAtEndOf('（主体：按重要程度写明主要内容和数据。）');
  await page.keyboard.type('全县新建学校3所。');
  await screen.expectSaved();
  await panel(page, '版本').click();
  await page.getByLabel('版本说明').fill('初稿');
  await page.getByRole('button', { name: '保存为版本' }).click();
  const versions = page.getByRole('list', { name: '版本' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions).toContainText('第 1 版');
  await expect(versions).toContainText('手动保存');
  await expect(versions).toContainText('张经办');

  await screen.caretAtEndOf('全县新建学校3所。');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5所。');
  await screen.expectSaved();
  await page.getByRole('button', { name: '比较差异' }).click();
  const diff = page.getByLabel('逐词差异');
  await expect(diff.locator('del')).toHaveText(['3']);
  await expect(diff.locator('ins')).toHaveText(['5']);

  page.once('dialog', (dialog) => void dialog.accept());
  await versions.getByRole('button', { name: '恢复为此版本' }).click();
  await expect(screen.editor).toContainText('全县新建学校3所。');
  await expect(page.getByRole('list', { name: '版本' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: '版本' })).toContainText('恢复自第 1 版');
});

test('a 口径库 answer goes into the talking points, flagged once expired; figures are checked', async ({
  page,
  webApp,
}) => {
  const { requestId, materialIds } = await arrangeEventWithMaterials(webApp, [
    'qa',
    'pressRelease',
  ]);
  const wang = await signedInClient(webApp, 'wang');
  const units = await rpcAs<{ id: string; name: string }[]>(webApp, wang, 'units:list', {});
  await rpcAs(webApp, wang, 'answers:save', {
    question: '秋季学位够不够？',
    answer: '今年全县投入教育经费1.3亿元，新增学位2400个。',
    maySay: '新增学位数。',
    mayNotSay: '尚未批复的选址。',
    ownerUnitId: units.find((unit) => unit.name === '县教育体育局')?.id ?? '',
    source: '县教育体育局统计',
    validUntil: '2020-12-31',
    status: 'active',
  });
  const zhang = await signedInClient(webApp, 'zhang');
  const release = await rpcAs<{ revision: number; document: string }>(
    webApp,
    zhang,
    'materials:open',
    {
      materialId: materialIds[1],
    },
  );
  await rpcAs(webApp, zhang, 'materials:save', {
    materialId: materialIds[1],
    revision: release.revision,
    document: release.document.replace(
      '（主体：按重要程度写明主要内容和数据。）',
      '今年全县投入教育经费1.2亿元。',
    ),
  });
  await rpcAs(webApp, zhang, 'materials:close', { materialId: materialIds[1] });

  const screen = await openAs(page, webApp, 'zhang', requestId, 'qa');
  await panel(page, '口径库').click();
  await page.getByLabel('搜索口径库').fill('学位');
  const found = page.getByRole('listitem').filter({ hasText: '秋季学位够不够？' });
  await expect(found).toContainText('已过期');
  await found.getByRole('button', { name: '插入答问口径' }).click();
  await expect(screen.editor).toContainText('今年全县投入教育经费1.3亿元');
  await expect(page.locator('.mat-qa[data-flag]')).toHaveAttribute(
    'data-flag',
    '口径库答案已于2020-12-31过期',
  );
  await screen.expectSaved();

  await panel(page, '一致性').click();
  await page.getByRole('button', { name: '检查一致性' }).click();
  const finding = page.getByRole('list', { name: '不一致之处' }).getByRole('listitem');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('新闻通稿 · 第2段：1.2亿元');
  await expect(finding).toContainText('答问口径 · 第2问·答案：1.3亿元');

  await page.reload();
  await expect(page.locator('.mat-qa[data-flag]')).toHaveAttribute(
    'data-flag',
    '口径库答案已于2020-12-31过期',
  );
});
