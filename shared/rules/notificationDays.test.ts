import { describe, expect, it } from 'vitest';
import type { AppNotification } from '../contract/notificationChannels.ts';
import { notificationDays } from './notificationDays.ts';

const at = (id: number, createdAt: string): AppNotification => ({
  id,
  kind: 'decision',
  subjectKind: 'request',
  subjectId: 'r1',
  text: `通知 ${id}`,
  createdAt,
  read: false,
});

describe('notifications by day', () => {
  it('groups by the Shanghai day and folds what is older than a week', () => {
    const now = new Date('2026-12-05T09:00:00+08:00');
    const { recent, earlier } = notificationDays(
      [
        at(6, '2026-12-05T08:00:00+08:00'),
        // 23:30 UTC on 4 December is already 5 December in Shanghai.
        at(5, '2026-12-04T23:30:00Z'),
        at(4, '2026-12-04T10:00:00+08:00'),
        at(3, '2026-11-29T10:00:00+08:00'),
        at(2, '2026-11-28T23:59:00+08:00'),
        at(1, '2026-08-01T10:00:00+08:00'),
      ],
      now,
    );
    expect(recent.map((day) => [day.date, day.items.map((item) => item.id)])).toEqual([
      ['2026-12-05', [6, 5]],
      ['2026-12-04', [4]],
      ['2026-11-29', [3]],
    ]);
    expect(earlier.map((day) => [day.date, day.items.map((item) => item.id)])).toEqual([
      ['2026-11-28', [2]],
      ['2026-08-01', [1]],
    ]);
  });
});
