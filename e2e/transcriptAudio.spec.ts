import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import config from '../playwright.config.ts';
import { expect, test } from './support/fixtures.ts';
import { openTranscript, setUpApprovedEvent, signedInRpc } from './support/transcriptEvent.ts';
import { startWebApp } from './support/webApp.ts';

test.setTimeout(180_000);
// Chromium's fake microphone (a beep) and an automatic yes to the permission prompt.
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

interface Recording {
  readonly id: string;
  readonly bytes: number;
  readonly chunks: number;
  readonly durationMs: number;
  readonly finishedAt: string | null;
}

const webmMagic = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

test('a recording of over 10 s is saved, reads back its duration, plays from a turn; a kill keeps its chunks', async ({
  page,
  webApp,
}) => {
  const requestId = await setUpApprovedEvent(webApp);
  const noteTaker = await signedInRpc(webApp, 'jilu');
  await noteTaker('transcripts:start', { requestId });
  const recordings = async () =>
    (await noteTaker<{ recordings: Recording[] }>('transcripts:get', { requestId })).recordings;

  await openTranscript(page, webApp, 'jilu');
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect(page.getByRole('timer')).toContainText('录音中');
  const input = page.getByRole('textbox', { name: /发言内容/ });
  await expect.poll(async () => (await recordings())[0]?.chunks ?? 0).toBeGreaterThanOrEqual(2);
  await input.fill('各位记者朋友，上午好！');
  await input.press('Enter');
  await expect(page.getByText('保存中…')).toHaveCount(0);

  // Main reports the saved length after every chunk; stop once it passes 10 s.
  const list = page.getByRole('list', { name: '录音文件' });
  await expect(list).toContainText(/时长 0:1\d/, { timeout: 30_000 });
  await page.getByRole('button', { name: '停止录音' }).click();
  await expect(list).not.toContainText('录音中');
  const [saved] = await recordings();
  expect(saved?.durationMs).toBeGreaterThanOrEqual(10_000);
  expect(saved?.finishedAt).not.toBeNull();

  // Click on the turn's time: the recording loads and plays from there; its duration reads back.
  await page.getByRole('button', { name: /^从录音 .+ 处播放$/ }).click();
  await expect(page.getByRole('button', { name: '暂停（Esc）' })).toBeVisible();
  const duration = await page
    .locator('audio')
    .evaluate((audio: HTMLAudioElement) => audio.duration);
  expect(duration).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('status').filter({ hasText: /\/ 0:1\d/ })).toBeVisible();

  // oTranscribe's keys: Esc pauses, F2 goes forward 5 s, F1 back.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '播放（Esc）' })).toBeVisible();
  const position = () =>
    page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
  const before = await position();
  await page.keyboard.press('F2');
  expect(await position()).toBeCloseTo(Math.min(before + 5, duration), 0);
  await page.keyboard.press('F1');
  expect(await position()).toBeCloseTo(before, 0);
  await page.screenshot({ path: 'test-output/transcripts/capture-audio.png', fullPage: true });
  await page.getByLabel('播放速度').selectOption('1.5');
  expect(
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate),
  ).toBe(1.5);

  // A second recording, killed mid-way: the chunks main acknowledged are on disk.
  await page.getByRole('button', { name: '开始录音' }).click();
  await expect.poll(async () => (await recordings())[1]?.chunks ?? 0).toBeGreaterThanOrEqual(2);
  await webApp.kill();
  const db = new DatabaseSync(join(webApp.dataDir, 'workbench.sqlite'), { readOnly: true });
  const row = db
    .prepare('SELECT id, bytes, chunks FROM transcript_recordings ORDER BY started_at DESC LIMIT 1')
    .get() as { id: string; bytes: number; chunks: number };
  db.close();
  expect(row.chunks).toBeGreaterThanOrEqual(2);
  const file = join(webApp.dataDir, 'attachments', 'recordings', requestId, `${row.id}.webm`);
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThanOrEqual(row.bytes);
  expect(readFileSync(file).subarray(0, 4)).toEqual(webmMagic);

  // Started again on the same folder, the recording is there with those bytes.
  const again = await startWebApp({ dataDir: webApp.dataDir });
  try {
    const after = await signedInRpc(again, 'jilu');
    const view = await after<{ recordings: Recording[] }>('transcripts:get', { requestId });
    expect(view.recordings.find((item) => item.id === row.id)?.bytes).toBe(row.bytes);
  } finally {
    await again.stop();
  }
});
