import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { RecordedReply } from './bareServer.ts';

export interface BareServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Starts scripts/bench/bareServer.ts in its own process, replaying `replies` on /rpc; with
 * `commitDb`, committing each call's body to that SQLite file first.
 */
export function startBareServer(
  replies: readonly RecordedReply[],
  options: { readonly commitDb?: string } = {},
): Promise<BareServer> {
  const folder = mkdtempSync(join(tmpdir(), 'workbench-bench-bare-'));
  const repliesFile = join(folder, 'replies.json');
  writeFileSync(repliesFile, JSON.stringify(replies));
  const child = spawn(
    process.execPath,
    [
      'scripts/bench/bareServer.ts',
      '--renderer-dir',
      'out/renderer',
      '--replies',
      repliesFile,
      ...(options.commitDb ? ['--commit-db', options.commitDb] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /BARE_URL=(\S+)/.exec(stdout)?.[1];
      if (url === undefined) return;
      resolve({
        url,
        port: Number(new URL(url).port),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
          rmSync(folder, { recursive: true, force: true });
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
}

/** Debian's Chromium, headless, with the flags the e2e tests use; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The browser context options of playwright.config.ts, so pages render as in the e2e tests. */
export const contextOptions = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1366, height: 860 },
} as const;
