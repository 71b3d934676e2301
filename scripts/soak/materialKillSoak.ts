/**
 * npm run soak:materials [-- --rounds 20 --seed S]
 *
 * Runs e2e/materialsKillSoak.spec.ts with `--rounds` SIGKILLs of the web-mode server instead of the
 * 3 of every test run (e2e/support/materialKillSoak.ts says what each round checks). Twenty rounds
 * take 3–5 minutes on 2 cores, too long for every CI run; a failure prints the seed to repeat it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, seed: { type: 'string' } },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 2 || !/^\d+$/.test(values.seed ?? '0')) {
  console.error('usage: npm run soak:materials -- [--rounds N (at least 2)] [--seed S]');
  process.exit(2);
}
const run = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', 'e2e/materialsKillSoak.spec.ts'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      KILL_SOAK_ROUNDS: String(rounds),
      ...(values.seed === undefined ? {} : { KILL_SOAK_SEED: values.seed }),
    },
  },
);
process.exit(run.status ?? 1);
