import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { arrangeEventWithMaterials, MaterialScreen, signInOnPage } from './support/materials.ts';

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(120_000);

test('select-all and retype keeps the 标题 block; every part of a question has a name', async ({
  page,
  webApp,
}) => {
  const { requestId } = await arrangeEventWithMaterials(webApp, ['pressRelease', 'qa']);
  await page.goto(webApp.url);
  await signInOnPage(page, 'zhang');
  const screen = new MaterialScreen(page);
  await screen.open(webApp, requestId, 'pressRelease');
  const blockStyle = screen.toolbar.getByRole('combobox', { name: '段落样式' });

  await screen.caretAtEndOf('（结尾：下一步安排或联系方式。）');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('全县');
  await page.keyboard.insertText('教育工作新闻通稿');
  await expect(screen.editor.locator('h1.mat-title')).toHaveText('全县教育工作新闻通稿');
  await expect(screen.editor.locator('p')).toHaveCount(0);
  await expect(blockStyle).toHaveValue('h1');
  await screen.expectSaved();

  // After a reload the title is still the title (what the Word export takes as its title).
  await page.reload();
  await expect(screen.editor.locator('h1.mat-title')).toHaveText('全县教育工作新闻通稿');

  // Deleting everything leaves an empty title to type into.
  await screen.caretAtEndOf('全县教育工作新闻通稿');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(screen.editor.locator('h1.mat-title')).toHaveCount(1);
  await page.keyboard.type('新标题');
  await expect(screen.editor.locator('h1.mat-title')).toHaveText('新标题');

  // Retyped through an input method: the title comes back once the composition commits.
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.press('Control+a');
  await cdp.send('Input.imeSetComposition', { text: 'xin', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '新闻', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '新闻通稿' });
  await expect(screen.editor.locator('h1.mat-title')).toHaveText('新闻通稿');
  await expect(screen.editor.locator('p')).toHaveCount(0);
  await screen.expectSaved();
  await page.screenshot({ path: 'test-output/screenshots/title-block-retyped.png' });

  await screen.open(webApp, requestId, 'qa');
  const question = screen.editor.locator('.mat-qa').first();
  for (const name of ['问题', '答案', '可以说', '不可说', '责任人', '来源']) {
    await expect(question.getByRole('group', { name, exact: true })).toHaveCount(1);
  }
  await expectNoSeriousViolations(page, 'the 答问口径 editor');
});
