import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from './measure.ts';

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
