import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, stats, toRow } from './measure.ts';

const row = (what: string) => ({
  benchmark: 'b',
  what,
  n: 1,
  median: 1,
  p95: 1,
  baselineMedian: 1,
  ratio: 1,
  unit: 'ms' as const,
  baseline: 'x',
});

describe('the bench table', () => {
  it('counts Chinese and full-width characters as two columns', () => {
    expect(displayWidth('通稿 export')).toBe(11);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('keystroke → frame ×')).toBe(19);
  });

  it('lines up the columns after a cell holding Chinese', () => {
    const lines = formatTable([row('导出通稿'), row('export')]).split('\n');
    const column = (line: string) => displayWidth(line.slice(0, line.lastIndexOf('ms')));
    expect(column(lines[2] ?? '')).toBe(column(lines[3] ?? ''));
  });
});

describe('a goal', () => {
  it("is judged with the baseline's stats, so a goal on the p95 ratio can be set", () => {
    // Medians equal; p95 20 against 10.
    const samples = [...Array.from({ length: 18 }, () => 5), 20, 20];
    const baselineSamples = [...Array.from({ length: 18 }, () => 5), 10, 10];
    const row = toRow('b', {
      what: 'w',
      baseline: 'x',
      unit: 'ms',
      samples,
      baselineSamples,
      goal: { text: 'p95 ≤ 1.1×', holds: (figure) => figure.p95 / figure.baseline.p95 <= 1.1 },
    });
    expect(row.ratio).toBe(1);
    expect(row.goalHolds).toBe(false);
  });
});

describe('the stats of a figure', () => {
  it('give the nearest-rank p99, which a goal on the tail reads', () => {
    const samples = Array.from({ length: 200 }, (_, index) => index + 1);
    expect(stats(samples)).toMatchObject({ n: 200, median: 100, p95: 190, p99: 198 });
    const goal = { text: 'p99 ≤ 198 ms', holds: (figure: { p99: number }) => figure.p99 <= 198 };
    const row = (values: number[]) =>
      toRow('b', {
        what: 'w',
        baseline: 'x',
        unit: 'ms',
        samples: values,
        baselineSamples: [1],
        goal,
      });
    expect(row(samples).goalHolds).toBe(true);
    expect(row([...samples.slice(0, 197), 400, 400, 400]).goalHolds).toBe(false);
  });
});
