import { defineConfig } from '@playwright/test';

/** End-to-end tests drive web mode in Debian's Chromium; no browser is downloaded. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/globalSetup.ts',
  outputDir: 'test-results',
  reporter: [['list']],
  // Three on the 2-core CI machines: much of an end-to-end test is waiting (typing pace, servers
  // starting, LibreOffice, lease and timer expiry), and with two workers the cores sat idle about
  // 40% of the run.
  workers: 3,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
