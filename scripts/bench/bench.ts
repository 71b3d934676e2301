/**
 * npm run bench [-- --only <name>]
 *
 * Speed is measured here, never asserted in tests: machines are shared and noisy, so every figure
 * is printed next to a baseline measured in the same run (interleaved with it), and the ratio
 * median / baseline median is what to compare between runs. Results are also written to
 * test-output/bench/results.json.
 *
 * To add a benchmark: write one module in scripts/bench/ exporting a `Benchmark` (measure.ts)
 * whose `run()` returns comparisons — samples in ms, and baseline samples of the closest bare
 * equivalent, taken in the same run (`interleave` helps) — then add it to `benchmarks` below.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { documentExport } from './documentExport.ts';
import { editorTyping } from './editorTyping.ts';
import { hubExchange } from './hubExchange.ts';
import { formatTable, goalSummary, toRow, type Benchmark, type ResultRow } from './measure.ts';
import { requestInbox } from './requestInbox.ts';
import { rpcRoundTrip } from './rpcRoundTrip.ts';
import { schedulingBoard } from './schedulingBoard.ts';
import { transcriptCommit } from './transcriptCommit.ts';
import { transcriptSearch } from './transcriptSearch.ts';
import { webColdStart } from './webColdStart.ts';

const benchmarks: readonly Benchmark[] = [
  webColdStart,
  rpcRoundTrip,
  requestInbox,
  transcriptCommit,
  transcriptSearch,
  schedulingBoard,
  documentExport,
  editorTyping,
  hubExchange,
];

const resultsFile = 'test-output/bench/results.json';

async function main(): Promise<void> {
  process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const selected = benchmarks.filter(
    (benchmark) => values.only === undefined || benchmark.name.includes(values.only),
  );
  if (selected.length === 0) {
    const names = benchmarks.map((benchmark) => `"${benchmark.name}"`).join(', ');
    console.error(`--only ${values.only} matches none of ${names}`);
    process.exitCode = 2;
    return;
  }

  const startedAt = new Date();
  const loadBefore = loadavg();
  const rows: ResultRow[] = [];
  for (const benchmark of selected) {
    console.log(`running ${benchmark.name}…`);
    const started = performance.now();
    for (const comparison of await benchmark.run()) rows.push(toRow(benchmark.name, comparison));
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  console.log(`\n${formatTable(rows)}`);
  const summary = goalSummary(rows);
  mkdirSync('test-output/bench', { recursive: true });
  const machine = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg(),
  };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the results still stand.
  }
  const results = { startedAt: startedAt.toISOString(), commit, machine, rows, summary };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${resultsFile}`);
  console.log(summary);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
