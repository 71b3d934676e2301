import { test } from './support/fixtures.ts';
import { materialKillSoak } from './support/materialKillSoak.ts';

// Three rounds in every test run; `npm run soak:materials` runs twenty (KILL_SOAK_ROUNDS).
const rounds = Number(process.env['KILL_SOAK_ROUNDS'] ?? 3);
const seed = Number(process.env['KILL_SOAK_SEED'] ?? Date.now() % 1_000_000);

// Each round restarts the server and reopens the 100,000-character material in the editor: about
// 10 s on a 2-core machine, twice that when it is busy.
test.setTimeout(60_000 + rounds * 30_000);
// A trace snapshots the page at every keystroke, here 100,000 characters of editor each time.
test.use({ trace: 'off' });

test(`every acknowledged autosave of a long material survives ${rounds} SIGKILLs of the server`, async ({
  page,
  webApp,
}) => {
  test.info().annotations.push({ type: 'seed', description: `KILL_SOAK_SEED=${seed}` });
  await materialKillSoak(page, webApp, { rounds, seed, log: (line) => console.log(line) });
});
