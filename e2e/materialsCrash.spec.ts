import { blocksOf } from '../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../shared/lexical/materialFormat.ts';
import { expect, test } from './support/fixtures.ts';
import {
  arrangeEventWithMaterials,
  MaterialScreen,
  materialPassword,
  rpcAs,
  signInOnPage,
} from './support/materials.ts';
import { startWebApp } from './support/webApp.ts';

test.setTimeout(120_000);

test('killing the web-mode server mid-typing loses at most the last second of typing', async ({
  page,
  webApp,
}) => {
  const { requestId, materialIds } = await arrangeEventWithMaterials(webApp, ['pressRelease']);
  await page.goto(webApp.url);
  await signInOnPage(page, 'zhang');
  const screen = new MaterialScreen(page);
  await screen.open(webApp, requestId, 'pressRelease');
  await screen.caretAtEndOf('（结尾：下一步安排或联系方式。）');
  await page.keyboard.press('Enter');

  // Typed at a steady pace, one character at a time; the server is killed partway through.
  const text = Array.from({ length: 30 }, (_, index) => `第${index}句。`).join('');
  const characters = Array.from(text);
  const typedAt: number[] = [];
  let killedAt = 0;
  for (const [index, character] of characters.entries()) {
    await page.keyboard.type(character, { delay: 0 });
    typedAt.push(Date.now());
    if (index === Math.floor(characters.length * 0.75)) {
      killedAt = Date.now();
      await webApp.kill();
    }
    await page.waitForTimeout(40); // typing pace, not a wait for state
  }

  const restarted = await startWebApp({ dataDir: webApp.dataDir });
  try {
    const client = `e2e-crash-${Date.now()}`;
    await rpcAs(restarted, client, 'session:signIn', {
      username: 'zhang',
      password: materialPassword,
    });
    const opened = await rpcAs<{ document: string }>(restarted, client, 'materials:open', {
      materialId: materialIds[0],
    });
    await rpcAs(restarted, client, 'materials:close', { materialId: materialIds[0] });
    const saved = blocksOf(readMaterialDocument(JSON.parse(opened.document)))
      .map((block) => block.text)
      .find((line) => line.startsWith('第0句'));
    const savedCharacters = Array.from(saved ?? '');
    expect(text.startsWith(saved ?? ''), 'what was saved is what was typed, in order').toBe(true);
    const typedMoreThanASecondBeforeTheKill = typedAt.filter((at) => at < killedAt - 1000).length;
    expect(typedMoreThanASecondBeforeTheKill).toBeGreaterThan(20);
    expect(savedCharacters.length).toBeGreaterThanOrEqual(typedMoreThanASecondBeforeTheKill);
    const firstLost = typedAt[savedCharacters.length];
    test.info().annotations.push({
      type: 'lost',
      description: `${typedAt.filter((at) => at <= killedAt).length - savedCharacters.length} characters typed before the kill were lost, the oldest ${firstLost === undefined ? 0 : killedAt - firstLost} ms before it`,
    });

    // After the restart the drafter signs in again and finds the text in the editor.
    await page.goto(restarted.url);
    await signInOnPage(page, 'zhang');
    await screen.open(restarted, requestId, 'pressRelease');
    await expect(screen.editor).toContainText(saved ?? '');
  } finally {
    await restarted.stop();
  }
});
