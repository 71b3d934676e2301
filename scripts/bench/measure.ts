import { performance } from 'node:perf_hooks';

/**
 * What a figure should reach (issue goals), checked on its stats, its ratio to the baseline
 * (median / baseline median) and the baseline's own stats (for a goal on another percentile).
 */
export interface Goal {
  /** As printed in the goal column, e.g. "p95 ≤ 10 ms, < LIKE". */
  readonly text: string;
  readonly holds: (figure: Stats & { readonly ratio: number; readonly baseline: Stats }) => boolean;
}

/** One line of the table: a measured figure next to a baseline measured in the same run. */
export interface Comparison {
  /** What one sample is, e.g. "spawn → first h1 visible". */
  readonly what: string;
  /** What the baseline is, in words; printed under the table. */
  readonly baseline: string;
  readonly unit: 'ms' | 'MB' | 'turns/s' | 'records/s';
  readonly samples: readonly number[];
  readonly baselineSamples: readonly number[];
  readonly goal?: Goal;
}

/** A benchmark is one module in scripts/bench/ that reports one or more comparisons. */
export interface Benchmark {
  readonly name: string;
  run(): Promise<readonly Comparison[]>;
}

export interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  /** Not in the table; for goals on the tail (and in results.json). */
  readonly p99: number;
}

/** Milliseconds spent in `work`, by `performance.now()`. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Runs `warmup` unrecorded rounds, then `runs` recorded ones, and returns each subject's recorded
 * results. Each round runs every subject once, in turn, so that a noisy neighbour slows the
 * measured code and its baseline alike.
 */
export async function interleave<T>(
  options: { readonly warmup: number; readonly runs: number },
  subjects: readonly ((warmup: boolean) => Promise<T>)[],
): Promise<T[][]> {
  const results = subjects.map((): T[] => []);
  for (let round = 0; round < options.warmup + options.runs; round++) {
    const warmup = round < options.warmup;
    for (const [index, subject] of subjects.entries()) {
      const result = await subject(warmup);
      if (!warmup) results[index]?.push(result);
    }
  }
  return results;
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function stats(samples: readonly number[]): Stats {
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

export interface ResultRow {
  readonly benchmark: string;
  readonly what: string;
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly baselineMedian: number;
  readonly ratio: number;
  readonly unit: string;
  readonly baseline: string;
  /** The goal's text and whether this run meets it; absent for a figure without a goal. */
  readonly goal?: string;
  readonly goalHolds?: boolean;
}

export function toRow(benchmark: string, comparison: Comparison): ResultRow {
  const measured = stats(comparison.samples);
  const baseline = stats(comparison.baselineSamples);
  const baselineMedian = baseline.median;
  const ratio = measured.median / baselineMedian;
  return {
    benchmark,
    what: comparison.what,
    ...measured,
    baselineMedian,
    ratio,
    unit: comparison.unit,
    baseline: comparison.baseline,
    ...(comparison.goal && {
      goal: comparison.goal.text,
      goalHolds: comparison.goal.holds({ ...measured, ratio, baseline }),
    }),
  };
}

/** The run's last line: how many goals hold, and which do not. */
export function goalSummary(rows: readonly ResultRow[]): string {
  const judged = rows.filter((row) => row.goal !== undefined);
  if (judged.length === 0) return 'goals: none set for these figures';
  const missed = judged.filter((row) => !row.goalHolds);
  const held = `goals: ${judged.length - missed.length} of ${judged.length} hold`;
  if (missed.length === 0) return `${held} (all)`;
  return `${held}; not held: ${missed.map((row) => `${row.what} (${row.goal})`).join('; ')}`;
}

const figure = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3);

/** The table printed at the end of a run, then a legend of what each baseline is. */
/** Characters a terminal draws two columns wide: Chinese, kana, Hangul, full-width forms. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a text takes in a terminal, so rows holding Chinese line up. */
export const displayWidth = (text: string): number =>
  Array.from(text).reduce((width, char) => width + (wide.test(char) ? 2 : 1), 0);

const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

export function formatTable(rows: readonly ResultRow[]): string {
  const header = [
    'benchmark',
    'what',
    'n',
    'median',
    'p95',
    'baseline median',
    'ratio',
    'unit',
    'goal',
  ];
  const cells = rows.map((row) => [
    row.benchmark,
    row.what,
    String(row.n),
    figure(row.median),
    figure(row.p95),
    figure(row.baselineMedian),
    `${row.ratio.toFixed(2)}×`,
    row.unit,
    row.goal === undefined ? '' : `${row.goalHolds ? '✓' : '✗'} ${row.goal}`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...cells.map((line) => displayWidth(line[column] ?? ''))),
  );
  const numeric = new Set([2, 3, 4, 5, 6]);
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(column) ? padStart(value, width) : padEnd(value, width);
      })
      .join('  ')
      .trimEnd();
  const legend = rows.map((row) => `  ${row.benchmark} / ${row.what}: ${row.baseline}`);
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
    '',
    'Baselines (measured in this same run, interleaved with the measured code):',
    ...legend,
  ].join('\n');
}
