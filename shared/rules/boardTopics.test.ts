import { describe, expect, it } from 'vitest';
import { boardTopics, yearCounts, type ConcernFacts } from './boardTopics.ts';

const hour = 3_600_000;
const now = new Date('2026-12-06T12:00:00+08:00');
const units = [
  { unitId: 'a', unitName: '县教育体育局' },
  { unitId: 'b', unitName: '城关镇人民政府' },
  { unitId: 'c', unitName: '县民政局' },
];
const item = (facts: Partial<ConcernFacts>): ConcernFacts => ({
  unitIds: ['a'],
  firstSeenAt: '2026-11-02T09:00:00+08:00',
  closedAt: null,
  responseMs: null,
  runsClock: true,
  ...facts,
});
const answered = (seen: string, hours: number): ConcernFacts =>
  item({
    firstSeenAt: seen,
    closedAt: new Date(Date.parse(seen) + hours * hour).toISOString(),
    responseMs: hours * hour,
  });

describe('boardTopics', () => {
  it('puts an item in the quarter of its Shanghai date, not of its UTC date', () => {
    const topics = boardTopics({
      year: 2026,
      now,
      units,
      events: [],
      concerns: [item({ firstSeenAt: '2026-10-01T07:00:00+08:00' })],
    });
    const quarters = topics.rows[0]?.quarters.map((counts) => counts.concerns.registered);
    expect(quarters).toEqual([0, 0, 0, 1]);
  });

  it('counts an item under each unit concerned, once in the county total', () => {
    const topics = boardTopics({
      year: 2026,
      now,
      units,
      events: [],
      concerns: [item({ unitIds: ['a', 'b'] })],
    });
    expect(topics.rows.map((row) => row.unitName)).toEqual(['县教育体育局', '城关镇人民政府']);
    expect(topics.totals[3]?.concerns.registered).toBe(1);
  });

  it('times the answered items and flags the clocks passed, answered late or not at all', () => {
    const topics = boardTopics({
      year: 2026,
      now,
      units,
      events: [],
      concerns: [
        answered('2026-11-02T09:00:00+08:00', 3),
        answered('2026-11-03T09:00:00+08:00', 30),
        item({ firstSeenAt: '2026-12-06T09:00:00+08:00' }),
        item({ firstSeenAt: '2026-11-10T09:00:00+08:00', runsClock: false }),
      ],
    });
    expect(topics.totals[3]?.concerns).toEqual({
      registered: 4,
      responded: 2,
      respondedWithinInfo: 1,
      respondedWithinConference: 1,
      averageResponseMs: 16.5 * hour,
      longestResponseMs: 30 * hour,
      // The 30-hour answer passed both; the item seen three hours ago passed neither.
      overdueInfo: 1,
      overdueConference: 1,
    });
  });

  it('sums a year over its quarters, the average weighted by the items answered', () => {
    const topics = boardTopics({
      year: 2026,
      now,
      units,
      events: [
        { unitId: 'c', startsAt: '2026-03-10T09:30:00+08:00', findings: 3, verified: 1 },
        { unitId: 'c', startsAt: '2026-08-10T09:30:00+08:00', findings: 2, verified: 0 },
      ],
      concerns: [
        answered('2026-02-02T09:00:00+08:00', 2),
        answered('2026-11-02T09:00:00+08:00', 4),
        answered('2026-11-04T09:00:00+08:00', 6),
      ],
    });
    const year = yearCounts(topics.totals);
    expect(year.evaluation).toEqual({ reviewed: 2, findings: 5, verified: 1 });
    expect(year.concerns).toMatchObject({ responded: 3, averageResponseMs: 4 * hour });
    expect(year.concerns.longestResponseMs).toBe(6 * hour);
  });
});
