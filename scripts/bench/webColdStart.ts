import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import { startWebApp } from '../../e2e/support/webApp.ts';
import type { RecordedReply } from './bareServer.ts';
import { contextOptions, launchChromium, startBareServer } from './harness.ts';
import { interleave, type Benchmark } from './measure.ts';

const runs = 7;
const warmup = 1;

interface Phases {
  /** Spawn until the server printed its address. */
  readonly ready: number;
  /** Spawn until the first h1 is visible in a fresh context of the already running Chromium. */
  readonly visible: number;
  /** page.goto until the first h1 is visible: the page load alone. */
  readonly load: number;
  /** The text of that h1, to check that the baseline rendered the same screen. */
  readonly heading: string;
}

function buildRendererIfMissing(): void {
  if (existsSync('out/renderer/index.html')) return;
  console.log('out/renderer/index.html is missing: building the renderer once…');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * One cold start: `start` spawns a server, then a fresh browser context (empty cache and storage)
 * opens its address and we wait for the first h1, whatever its text (the welcome heading today, a
 * setup screen tomorrow). With `recordInto`, the /rpc replies the page received are appended to
 * it, outside the timing.
 */
async function coldStart(
  browser: Browser,
  start: () => Promise<{ url: string; stop(): Promise<void> }>,
  recordInto?: RecordedReply[],
): Promise<Phases> {
  const spawnedAt = performance.now();
  const server = await start();
  const ready = performance.now() - spawnedAt;
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    const recording = recordInto ? recordReplies(page) : [];
    const loadStart = performance.now();
    await page.goto(server.url);
    const heading = page.locator('h1').first();
    await heading.waitFor({ state: 'visible', timeout: 30_000 });
    const end = performance.now();
    recordInto?.push(...(await Promise.all(recording)));
    const text = (await heading.textContent()) ?? '';
    return { ready, visible: end - spawnedAt, load: end - loadStart, heading: text };
  } finally {
    await context.close();
    await server.stop();
  }
}

function recordReplies(page: Page): Promise<RecordedReply>[] {
  const replies: Promise<RecordedReply>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== '/rpc' || response.status() !== 200) return;
    const request = response.request().postData() ?? '';
    replies.push(response.text().then((body) => ({ request, body })));
  });
  return replies;
}

export const webColdStart: Benchmark = {
  name: 'web cold start',
  async run() {
    buildRendererIfMissing();
    // One Chromium for every run, as a user's browser is already open; each run gets a fresh
    // context. Launching Chromium (seconds on a busy machine) is not the app's start-up.
    const browser = await launchChromium();
    // The unrecorded warm-up round records the /rpc replies the bare baseline will replay.
    const replies: RecordedReply[] = [];
    const runApp = async (warmup: boolean): Promise<Phases> => {
      const dataDir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
      try {
        return await coldStart(
          browser,
          () => startWebApp({ dataDir }),
          warmup ? replies : undefined,
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    };
    const runBare = (): Promise<Phases> => coldStart(browser, () => startBareServer(replies));
    const [app = [], bare = []] = await interleave({ warmup, runs }, [runApp, runBare]).finally(
      () => browser.close(),
    );
    const headings = new Set([...app, ...bare].map((phases) => phases.heading));
    if (headings.size !== 1) {
      throw new Error(`web mode and baseline rendered different h1s: ${[...headings].join(' | ')}`);
    }

    console.log(`  first h1 in both: “${[...headings].join('')}”`);

    const bareLabel = 'bare node:http process serving the same out/renderer';
    return [
      {
        what: 'spawn → first h1 visible',
        baseline: `${bareLabel}: spawn, new browser context, goto, first h1 visible`,
        unit: 'ms',
        samples: app.map((phases) => phases.visible),
        baselineSamples: bare.map((phases) => phases.visible),
      },
      {
        what: 'spawn → address printed',
        baseline: `${bareLabel}: spawn → BARE_URL printed (Node start-up, no core/database)`,
        unit: 'ms',
        samples: app.map((phases) => phases.ready),
        baselineSamples: bare.map((phases) => phases.ready),
      },
      {
        what: 'goto → first h1 visible',
        baseline: `${bareLabel}, /rpc replies replayed from a recording: same bundle, same render`,
        unit: 'ms',
        samples: app.map((phases) => phases.load),
        baselineSamples: bare.map((phases) => phases.load),
      },
    ];
  },
};
