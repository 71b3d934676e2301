import { test as base } from '@playwright/test';
import { startWebApp, type RunningWebApp } from './webApp.ts';

/** Each test gets its own server and its own data folder. */
export const test = base.extend<{ webApp: RunningWebApp }>({
  webApp: async ({}, use) => {
    const app = await startWebApp();
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';
