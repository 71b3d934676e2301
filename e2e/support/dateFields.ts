import type { Locator, Page } from '@playwright/test';

/**
 * Types a Shanghai date-time (`2027-03-16T09:30`) into one of the app's own date-time fields, the
 * way a person does: the day into 「label（日期）」, the time into 「label（时间）」.
 */
export async function fillDateTime(scope: Page | Locator, label: string, value: string) {
  const [day, time] = value.split('T') as [string, string];
  await scope.getByLabel(`${label}（日期）`, { exact: true }).fill(day);
  await scope.getByLabel(`${label}（日期）`, { exact: true }).press('Tab');
  await scope.getByLabel(`${label}（时间）`, { exact: true }).fill(time);
  await scope.getByLabel(`${label}（时间）`, { exact: true }).press('Tab');
}
