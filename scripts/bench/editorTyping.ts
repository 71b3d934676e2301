import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { arrangeEventWithMaterials, rpcAs, materialPassword } from '../../e2e/support/materials.ts';
import { adminCredentials } from '../../e2e/support/rpc.ts';
import { startWebApp, type RunningWebApp } from '../../e2e/support/webApp.ts';
import { longBriefing } from './editorDocument.ts';
import { contextOptions, launchChromium } from './harness.ts';
import { editorParts, measureCoreSaves } from './materialSaveCore.ts';
import { interleave, percentile, type Benchmark, type Comparison, type Goal } from './measure.ts';

const keystrokes = 1000;
const warmupKeystrokes = 20;
const saves = 20;

/** Builds the benchmark page (the workbench and a bare Lexical editor in one bundle). */
async function buildBenchPage(): Promise<string> {
  const pageDir = resolve('test-output/bench/editor-page');
  rmSync(pageDir, { recursive: true, force: true });
  mkdirSync(pageDir, { recursive: true });
  const entry = relative(pageDir, resolve('renderer/src/editor/bench/benchEntry.tsx'));
  writeFileSync(
    join(pageDir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>bench</title></head><body><div id="root"></div><script type="module" src="${entry}"></script></body></html>`,
  );
  await build({
    configFile: false,
    root: pageDir,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: join(pageDir, 'dist'),
      emptyOutDir: true,
      target: 'chrome130',
      chunkSizeWarningLimit: 4000,
    },
  });
  return join(pageDir, 'dist');
}

/** One keystroke as the page saw it. */
interface KeystrokeTiming {
  /** From the keystroke's input event to the first frame painted after it. */
  readonly latency: number;
  /**
   * The main thread's share of that: until the editor has handled the input, plus the frame's
   * own rendering. What is left of `latency` is the wait for the next frame, up to 16.7 ms at
   * 60 Hz, which no editor can shorten.
   */
  readonly work: number;
  /**
   * From the keystroke to the start of the frame that paints it (the frame's own time stamp):
   * under 16.7 ms when the keystroke is painted in the very next frame, none skipped.
   */
  readonly frameStart: number;
}

/**
 * In the page: the input event's time stamp; the end of the input's handling (a microtask queued
 * by window listeners, which run after the editor's own and after the microtasks its update
 * queued; Lexical handles a typed character in beforeinput and cancels it, so no input event
 * follows, and a listener for input alone never ran); the start of the next animation
 * frame; and a task after that frame (requestAnimationFrame, then setTimeout). Page code as text:
 * scripts are type-checked without the DOM library.
 */
const armKeystrokeTimer = `void (window.__benchKeystroke = new Promise((resolve, reject) => {
  const timeout = setTimeout(() => reject(new Error('no input event within 10 s')), 10000);
  document.addEventListener('beforeinput', (event) => {
    const start = event.timeStamp;
    let handled = start;
    const mark = () => queueMicrotask(() => { handled = Math.max(handled, performance.now()); });
    window.addEventListener('beforeinput', mark, { once: true });
    window.addEventListener('input', mark, { once: true });
    requestAnimationFrame((frameTime) => {
      const frame = performance.now();
      setTimeout(() => {
        clearTimeout(timeout);
        const painted = performance.now();
        resolve({ latency: painted - start, work: handled - start + (painted - frame), frameStart: frameTime - start });
      }, 0);
    });
  }, { capture: true, once: true });
}))`;

async function typeOneCharacter(page: Page, character: string): Promise<KeystrokeTiming> {
  await page.evaluate(armKeystrokeTimer);
  await page.keyboard.insertText(character);
  return page.evaluate<KeystrokeTiming>('window.__benchKeystroke');
}

async function placeCaretMidDocument(page: Page, editorLabel: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: editorLabel });
  await editor.waitFor();
  const target = editor.locator('p').nth(500);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
}

/** Signs in on a page of its own and opens the background material at mid-document. */
async function openAppEditor(browser: Browser, app: RunningWebApp, requestId: string) {
  const page = await (await browser.newContext(contextOptions)).newPage();
  await page.goto(app.url);
  await page.getByLabel('用户名').fill('zhang');
  await page.getByLabel('密码').fill(materialPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  await page.goto(`${app.origin}/#/materials/${requestId}/background`);
  await placeCaretMidDocument(page, '背景材料正文');
  return page;
}

async function openBareEditor(browser: Browser, app: RunningWebApp, briefing: string) {
  const page = await (await browser.newContext(contextOptions)).newPage();
  await page.addInitScript(`window.__benchDocument = ${JSON.stringify(briefing)};`);
  await page.goto(`${app.origin}/?bench=bare`);
  await placeCaretMidDocument(page, 'bare Lexical');
  return page;
}

/** Saves the briefing as the background material of a new event, as another window would. */
async function arrangeBriefing(app: RunningWebApp, briefing: string) {
  const { requestId, materialIds } = await arrangeEventWithMaterials(app, ['background']);
  const materialId = materialIds[0] ?? '';
  const drafter = `bench-${Date.now()}`;
  await rpcAs(app, drafter, 'session:signIn', { username: 'zhang', password: materialPassword });
  await rpcAs(app, drafter, 'materials:save', { materialId, revision: 1, document: briefing });
  await rpcAs(app, drafter, 'materials:close', { materialId });
  // Listed words the briefing holds about a thousand times, so the 错敏词 highlighter has work.
  const admin = `bench-admin-${Date.now()}`;
  await rpcAs(app, admin, 'session:signIn', adminCredentials);
  for (const [kind, word, suggestion] of [
    ['sensitive', '随迁子女', ''],
    ['preferred', '稳步提升', '持续提升'],
  ] as const) {
    await rpcAs(app, admin, 'wording:save', { kind, word, suggestion, note: '' });
  }
  return { requestId, materialId, drafter };
}

/** The 错敏词 marks drawn in a page. Page code as text (see armKeystrokeTimer). */
const highlightedWords = "document.querySelectorAll('.mat-mark').length";

/** A goal on the p95 against bare Lexical's p95: the issue judges keystrokes by their p95. */
const p95AtMost = (limit: string): Goal => ({
  text: `p95 ≤ ${limit}× bare Lexical's p95`,
  holds: (figure) => figure.p95 / figure.baseline.p95 <= Number(limit),
});

async function measureEditor(
  browser: Browser,
  app: RunningWebApp,
  briefing: string,
): Promise<Comparison[]> {
  const { requestId, materialId, drafter } = await arrangeBriefing(app, briefing);
  const appPage = await openAppEditor(browser, app, requestId);
  const barePage = await openBareEditor(browser, app, briefing);

  const characters = '全县教育工作稳步推进';
  let typed = 0;
  const [appTimings = [], bareTimings = []] = await interleave(
    { warmup: warmupKeystrokes, runs: keystrokes },
    [appPage, barePage].map(
      (page) => () => typeOneCharacter(page, characters[typed++ % characters.length] ?? '字'),
    ),
  );
  const latency = (timings: readonly KeystrokeTiming[]) => timings.map((timing) => timing.latency);
  const work = (timings: readonly KeystrokeTiming[]) => timings.map((timing) => timing.work);
  const frameStart = (timings: readonly KeystrokeTiming[]) =>
    timings.map((timing) => timing.frameStart);
  // The table shows medians; the p95s the keystroke lines are judged by go here.
  for (const [label, figure] of [
    ['keystroke → next frame', latency],
    ['main-thread work per keystroke', work],
    ['keystroke → start of the frame that paints it', frameStart],
  ] as const) {
    const app95 = percentile(figure(appTimings), 95);
    const bare95 = percentile(figure(bareTimings), 95);
    console.log(
      `  ${label}, p95: ${app95.toFixed(1)} ms (bare Lexical: ${bare95.toFixed(1)} ms), ${(app95 / bare95).toFixed(2)}×`,
    );
  }
  console.log(
    `  错敏词 marked in the app's editor: ${await appPage.evaluate<number>(highlightedWords)}`,
  );

  // Autosave in the page: the app's serialiser (only changed blocks) against Lexical's full export.
  await appPage
    .getByRole('status')
    .filter({ hasText: /^已保存/ })
    .waitFor();
  const serializeSamples = await appPage.evaluate<number[]>(
    "performance.getEntriesByName('material-serialize').map((entry) => entry.duration)",
  );
  const fullExportSamples: number[] = [];
  for (let i = 0; i < 30; i++)
    fullExportSamples.push(await barePage.evaluate<number>('window.__benchSerialize()'));

  const saveComparisons = await measureSaves(app, drafter, materialId, briefing);
  return [
    {
      what: 'keystroke → next frame, 100,000-character briefing (p95 is the figure)',
      baseline:
        'bare Lexical (rich text + history, same nodes and content, same bundle and browser)',
      unit: 'ms',
      samples: latency(appTimings),
      baselineSamples: latency(bareTimings),
      goal: p95AtMost('1.10'),
    },
    {
      what: 'main-thread work per keystroke: input handled, plus the frame rendered (p95 is the figure)',
      baseline: 'bare Lexical, as above',
      unit: 'ms',
      samples: work(appTimings),
      baselineSamples: work(bareTimings),
      goal: p95AtMost('1.1'),
    },
    {
      what: 'keystroke → start of the frame that paints it (under 16.7 ms: the very next frame)',
      baseline: 'bare Lexical, as above',
      unit: 'ms',
      samples: frameStart(appTimings),
      baselineSamples: frameStart(bareTimings),
    },
    {
      what: 'autosave in the page while typing: the blocks changed since the last save, as JSON',
      baseline: "Lexical's own JSON.stringify(editorState.toJSON()) of the same document",
      unit: 'ms',
      // The first save exports every block; from then on only the edited ones are, and sent.
      samples: serializeSamples.slice(1),
      baselineSamples: fullExportSamples,
    },
    ...saveComparisons,
  ];
}

export const editorTyping: Benchmark = {
  name: 'editor typing',
  async run() {
    const pageDir = await buildBenchPage();
    const briefing = JSON.stringify(longBriefing(100_000));
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
    const app = await startWebApp({ dataDir, extraArgs: ['--renderer-dir', pageDir] });
    try {
      const browser = await launchChromium();
      try {
        return await measureEditor(browser, app, briefing);
      } finally {
        await browser.close();
      }
    } finally {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

/** A save of changes to the briefing: its title edited, every other block sent by index. */
function titleEdited(briefing: string, title: string) {
  const { children, ...root } = (
    JSON.parse(briefing) as { editorState: { root: { children: unknown[] } } }
  ).editorState.root;
  const first = JSON.stringify(children[0]).replace('基准测试', title);
  return { root: JSON.stringify(root), blocks: [first, ...children.slice(1).map((_, i) => i + 1)] };
}

/**
 * The briefing saved as a window saves it: as changes (materials:saveChanges: a window's first
 * save once it has read the content it opened, MaterialSaver.opened, and every save while
 * typing), with every block as text (a first save before that), and whole (materials:save, when
 * the opened content is no longer stored), against writing the same text with bare SQLite.
 */
async function measureSaves(
  app: RunningWebApp,
  client: string,
  materialId: string,
  briefing: string,
): Promise<Comparison[]> {
  // The page that typed still holds the editing lease: take it over, as a second window would.
  const opened = await rpcAs<{ revision: number; contentHash: string }>(
    app,
    client,
    'materials:takeOver',
    { materialId },
  );
  let stored = { revision: opened.revision, contentHash: opened.contentHash };
  const folder = mkdtempSync(join(tmpdir(), 'workbench-bench-sqlite-'));
  const db = new DatabaseSync(join(folder, 'bare.sqlite'));
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT NOT NULL)',
  );
  db.prepare('INSERT INTO doc (id, body) VALUES (1, ?)').run(briefing);
  let edit = 0;
  const timed = async (save: () => unknown) => {
    const started = performance.now();
    await save();
    return performance.now() - started;
  };
  const call = async (channel: string, input: object) => {
    const saved = await rpcAs<{ revision: number; contentHash: string }>(app, client, channel, {
      materialId,
      revision: stored.revision,
      ...input,
    });
    stored = { revision: saved.revision, contentHash: saved.contentHash };
  };
  try {
    const [first = [], whole = [], changes = [], bare = []] = await interleave(
      { warmup: 2, runs: saves },
      [
        () => {
          const parts = editorParts(briefing, `基准测试${edit++}`);
          return timed(() =>
            call('materials:saveChanges', { baseHash: stored.contentHash, ...parts }),
          );
        },
        () => {
          const document = briefing.replace('基准测试', `基准测试${edit++}`);
          return timed(() => call('materials:save', { document }));
        },
        () => {
          const edited = titleEdited(briefing, `基准测试${edit++}`);
          return timed(() =>
            call('materials:saveChanges', { baseHash: stored.contentHash, ...edited }),
          );
        },
        () => {
          const document = briefing.replace('基准测试', `基准测试${edit++}`);
          return timed(() => db.prepare('UPDATE doc SET body = ? WHERE id = 1').run(document));
        },
      ],
    );
    const baseline = 'node:sqlite UPDATE of the same JSON text, WAL with synchronous=FULL, no HTTP';
    return [
      {
        what: 'autosave, first save of a window that has not yet read what it opened: materials:saveChanges round trip, every block as text (the core recognises those it stored)',
        baseline,
        unit: 'ms',
        samples: first,
        baselineSamples: bare,
      },
      {
        what: 'autosave, whole document: materials:save round trip (when the opened content is no longer stored)',
        baseline,
        unit: 'ms',
        samples: whole,
        baselineSamples: bare,
      },
      {
        what: "autosave, a window's first save and every save while typing: materials:saveChanges round trip (the edited block as text, the ones it opened or saved by index; check, hash, store; HTTP included)",
        baseline,
        unit: 'ms',
        samples: changes,
        baselineSamples: bare,
        goal: { text: '≤ 30 ms median', holds: (figure) => figure.median <= 30 },
      },
      // The goal for saves while typing is about the core's time: see the rows below.
      ...(await measureCoreSaves(briefing)),
    ];
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
