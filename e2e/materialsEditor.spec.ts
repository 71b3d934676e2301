import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import {
  arrangeEventWithMaterials,
  MaterialScreen,
  openNewMaterial,
  signInOnPage,
} from './support/materials.ts';

test.setTimeout(120_000);

/**
 * Enter, then a key that types nothing. Lexical treats a multi-character insertion right after an
 * Enter as a mobile keyboard accepting a suggestion and moves the caret past it; real typing sends a
 * key per character (and an input method commits through composition events), so only synthetic
 * insertText needs this.
 */
async function newParagraph(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift');
}

test('Chinese typed and composed, formatted, with questions, reads back identical after a reload', async ({
  page,
  webApp,
}) => {
  const screen = await openNewMaterial(page, webApp, 'qa');
  const saves: string[] = [];
  page.on('request', (request) => {
    // A whole document (materials:save) or the blocks changed since the last save.
    if (
      request.url().endsWith('/rpc') &&
      /"materials:save(Changes)?"/.test(request.postData() ?? '')
    ) {
      saves.push(request.postData() ?? '');
    }
  });

  // A section heading typed as 一、 at the start of a paragraph, then body text.
  await screen.caretAtEndOf('（按媒体可能关注的问题逐条准备');
  await newParagraph(page);
  await page.keyboard.insertText('一、');
  await expect(screen.toolbar.getByRole('combobox', { name: '段落样式' })).toHaveValue('h2');
  await page.keyboard.insertText('学位供给');
  await newParagraph(page);
  await page.keyboard.insertText('今年全县新增学位2400个，');

  // Bold by shortcut, underline from the toolbar.
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText('能够满足需求');
  await page.keyboard.press('Control+b');
  await screen.toolbar.getByRole('button', { name: '下划线' }).click();
  await page.keyboard.insertText('（以秋季入学为准）');
  await screen.toolbar.getByRole('button', { name: '下划线' }).click();
  await page.keyboard.insertText('。');
  await screen.expectSaved();

  // An input method composing 中文: an autosave falls due mid-composition and must wait for it.
  const cdp = await page.context().newCDPSession(page);
  await newParagraph(page);
  await screen.expectSaved();
  const savesBefore = saves.length;
  await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
  await expect(page.getByRole('status').filter({ hasText: '输入法选字中' })).toBeVisible();
  await cdp.send('Input.imeSetComposition', { text: '中', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '中文', selectionStart: 2, selectionEnd: 2 });
  await expect(page.getByRole('status').filter({ hasText: '输入法选字中' })).toBeVisible();
  expect(saves.length, 'no save while composing').toBe(savesBefore);
  await cdp.send('Input.insertText', { text: '中文' });
  await page.keyboard.insertText('口径以此为准。');
  await screen.expectSaved();
  expect(saves.at(-1)).toContain('中文口径以此为准。');
  expect(saves.at(-1), 'later saves send only the changed blocks').toContain(
    '"materials:saveChanges"',
  );
  expect(saves.join('')).not.toContain('zhong');

  // A numbered list, then two questions: one from the template, one added from the toolbar.
  await newParagraph(page);
  await screen.toolbar.getByRole('button', { name: '编号列表' }).click();
  await page.keyboard.insertText('新建城南小学');
  await newParagraph(page);
  await page.keyboard.insertText('改扩建第二中学');
  const fields = (name: string) => page.locator(`.mat-qa-field--${name} .mat-p`);
  await fields('question').first().click();
  await page.keyboard.insertText('今年秋季学位够不够？');
  await fields('answer').first().click();
  await page.keyboard.insertText('够。新增学位2400个。');
  await fields('mayNotSay').first().click();
  await page.keyboard.insertText('尚未批复的学校选址。');
  await screen.toolbar.getByRole('button', { name: '添加问答' }).click();
  await page.keyboard.insertText('学区会调整吗？');
  await fields('answer').nth(1).click();
  await page.keyboard.insertText('今年不调整。');
  await screen.expectSaved();

  const before = await screen.contentHtml();
  expect(before).toContain('<strong class="mat-bold"');
  expect(before).toContain('mat-underline');
  expect(before).toContain('<h2 class="mat-h2"><span>学位供给</span></h2>');
  expect(before).toContain('<ol class="mat-ol">');
  expect(await page.locator('.mat-qa').count()).toBe(2);

  await page.reload();
  await expect(screen.editor).toBeVisible();
  await expect.poll(() => screen.contentHtml()).toBe(before);

  // The reloaded window's first save sends the blocks it opened by index, the edited one as text.
  const savesBeforeEdit = saves.length;
  await screen.caretAtEndOf('今年全县新增学位2400个，');
  await page.keyboard.insertText('另');
  await screen.expectSaved();
  const firstSave = JSON.parse(saves[savesBeforeEdit] ?? '{}') as {
    channel?: string;
    input?: { blocks?: unknown[] };
  };
  expect(firstSave.channel).toBe('materials:saveChanges');
  const sentBlocks = firstSave.input?.blocks ?? [];
  expect(sentBlocks.filter((block) => typeof block === 'string')).toHaveLength(1);
  expect(sentBlocks.filter((block) => typeof block === 'number').length).toBeGreaterThan(5);
});

test('the status stays at 未保存 while typing goes on, though saves run, and reads 已保存 once it pauses', async ({
  page,
  webApp,
}) => {
  const screen = await openNewMaterial(page, webApp, 'qa');
  await screen.caretAtEndOf('（按媒体可能关注的问题逐条准备');
  // Page time of each keystroke, and of each text the status line shows.
  await page.evaluate(() => {
    const times = { keys: [] as number[], lines: [] as { at: number; text: string }[] };
    Object.assign(window, { __typing: times });
    document.addEventListener('beforeinput', () => times.keys.push(performance.now()), true);
    const line = document.querySelector('.save-status');
    if (!line) throw new Error('no save status line');
    new MutationObserver(() =>
      times.lines.push({ at: performance.now(), text: line.textContent ?? '' }),
    ).observe(line, { childList: true, characterData: true, subtree: true });
  });
  let saves = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc') && /"materials:save/.test(request.postData() ?? '')) {
      saves += 1;
    }
  });

  for (const character of '学位供给总体充足按划片就近入学') {
    await page.keyboard.insertText(character);
    await page.waitForTimeout(150); // typing pace, not a wait for state
  }
  const savesWhileTyping = saves;
  await screen.expectSaved();
  const { keys, lines } = await page.evaluate(
    () =>
      (window as unknown as { __typing: { keys: number[]; lines: { at: number; text: string }[] } })
        .__typing,
  );
  expect(savesWhileTyping, 'saves while typing').toBeGreaterThanOrEqual(2);
  // Every 已保存 came a second or more after the keystroke before it (less a frame's slack).
  const savedShown = lines.filter((line) => line.text.startsWith('已保存'));
  expect(savedShown.length).toBeGreaterThanOrEqual(1);
  for (const shown of savedShown) {
    const lastKey = Math.max(...keys.filter((key) => key < shown.at));
    expect(
      shown.at - lastKey,
      `已保存 shown ${shown.at - lastKey} ms after a keystroke`,
    ).toBeGreaterThan(950);
  }
});

test('paste from Word keeps headings, lists, tables and emphasis, and drops the rest', async ({
  page,
  webApp,
}) => {
  const screen = await openNewMaterial(page, webApp, 'background');
  await screen.caretAtEndOf('有关数据');
  await newParagraph(page);
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋}</style></head><body>
    <p class=MsoNormal style="text-indent:32.0pt"><span style="font-family:仿宋;color:red">\u3000\u3000全县共有中小学<b>48</b>所，</span><span
    style="font-size:16.0pt">在校生3.2万人。</span><o:p></o:p></p>
    <p class=MsoNormal><span style="font-family:黑体">二、主要举措</span></p>
    <p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp;</span></span>新建学校</p>
    <p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.<span>&nbsp;&nbsp;</span></span><i>扩充</i>学位</p>
    <table class=MsoTableGrid border=1 style="border-collapse:collapse"><tr><td style="background:yellow"><p>项目</p></td><td><p>数量</p></td></tr>
    <tr><td><p>新建学校</p></td><td><p><u>3</u>所</p></td></tr></table>
    <p><img src="file:///C:/x.png"><a href="http://example.com">链接文字</a><span style="text-decoration:line-through">删除线</span></p>
  </body></html>`;
  await screen.editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '全县共有中小学48所');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, wordHtml);
  await screen.expectSaved();
  const html = await screen.contentHtml();
  expect(html).toContain(
    '<p class="mat-p"><span>全县共有中小学</span><strong class="mat-bold">48</strong><span>所，在校生3.2万人。</span></p>',
  );
  expect(html).toContain('<h2 class="mat-h2"><span>主要举措</span></h2>');
  expect(html).toMatch(
    /<ol class="mat-ol"><li[^>]*><span>新建学校<\/span><\/li><li[^>]*><em class="mat-italic">扩充<\/em><span>学位<\/span><\/li><\/ol>/,
  );
  expect(html).toContain('<table class="mat-table">');
  expect(html).toContain('<span class="mat-underline">3</span>');
  expect(html).toContain('<span>链接文字删除线</span>');
  expect(html).not.toMatch(/<img|<a |color|background|font-family|line-through|\u3000/);
});

test('the same material opened in a second window is read-only there, with who is editing it', async ({
  browser,
  webApp,
}) => {
  const { requestId } = await arrangeEventWithMaterials(webApp, ['opening']);
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(webApp.url);
  await signInOnPage(first, 'zhang');
  await new MaterialScreen(first).open(webApp, requestId, 'opening');

  const second = await context.newPage();
  await second.goto(webApp.url);
  await signInOnPage(second, 'zhang');
  await second.goto(`${webApp.origin}/#/materials/${requestId}/opening`);
  const other = new MaterialScreen(second);
  await expect(other.editor).toHaveAttribute('contenteditable', 'false');
  await expect(second.getByRole('note')).toContainText('张经办正在另一窗口编辑此材料');

  await second.getByRole('button', { name: '在此窗口编辑' }).click();
  await expect(other.editor).toHaveAttribute('contenteditable', 'true');
  await other.caretAtEndOf('各位记者朋友：');
  await second.keyboard.insertText('大家好');
  await other.expectSaved();

  const firstScreen = new MaterialScreen(first);
  // The first window is told (at its next renewal, or as soon as it is used again) and turns
  // read-only; main refuses its edits in any case (materialLocks.test.ts).
  await firstScreen.editor.getByText('谢谢大家！').click();
  await expect(first.getByRole('note')).toContainText('已在另一窗口接管编辑此材料', {
    timeout: 15_000,
  });
  await expect(firstScreen.editor).toHaveAttribute('contenteditable', 'false');
  await context.close();
});
