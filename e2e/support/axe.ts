import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe's serious and critical findings on the page as it is now, one line each (rule: elements).
 * Legacy mode runs axe in the page itself: the default opens a blank page in the context for
 * every run to merge the frames' results, which the app (no frames) does not need and which cost
 * most of a run (2.0 against 0.6 s on the demo's 首页). Only violations are gathered: building
 * the passes' selectors cost the rest.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** Fails on any serious or critical finding of axe on the page as it is now. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  expect(await seriousAxeFindings(page), what).toEqual([]);
}
