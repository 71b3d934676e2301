import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayTime,
  formatDuration,
  formatQuarter,
  formatShortDay,
  parseTypedDay,
  parseTypedTime,
  relativeDay,
  shanghaiInstant,
} from './chineseDates.ts';

describe('Chinese dates', () => {
  it('writes a scheduled instant with its Shanghai day, weekday and 24-hour time', () => {
    expect(formatDayTime('2026-12-11T01:30:00Z', { weekday: true })).toBe(
      '2026年12月11日（星期五）09:30',
    );
    expect(formatDayTime('2026-12-11T01:30:00Z')).toBe('2026年12月11日 09:30');
    // 23:30 UTC on the 31st is already New Year's Day in Shanghai.
    expect(formatDay('2026-12-31T23:30:00Z', { weekday: true })).toBe('2027年1月1日（星期五）');
    expect(formatDay('2026-12-08', { weekday: true })).toBe('2026年12月8日（星期二）');
    expect(formatShortDay('2026-12-11T01:30:00Z')).toBe('12月11日（周五）');
    expect(formatDayTime('2026-12-11T01:30:00Z', { weekday: true, language: 'en' })).toBe(
      'Fri, 11 Dec 2026 09:30',
    );
    expect(formatDayTime('2026-12-11T01:30:07Z', { seconds: true })).toBe(
      '2026年12月11日 09:30:07',
    );
    expect(formatDay(null)).toBe('');
    expect(formatDay('not a date')).toBe('');
  });

  it('says how far a deadline is', () => {
    expect(relativeDay('2026-12-05', '2026-12-05')).toBe('今天');
    expect(relativeDay('2026-12-05', '2026-12-06')).toBe('明天');
    expect(relativeDay('2026-12-05', '2026-12-07')).toBe('后天');
    expect(relativeDay('2026-12-30', '2027-01-02')).toBe('3天后');
    expect(relativeDay('2026-12-05', '2026-12-04')).toBe('昨天');
    expect(relativeDay('2026-12-05', '2026-12-02')).toBe('3天前');
    expect(relativeDay('2026-12-05', '2026-12-08', 'en')).toBe('in 3 days');
  });

  it('writes durations and quarters as people say them', () => {
    expect(formatDuration(66_000)).toBe('1分06秒');
    expect(formatDuration(45_900)).toBe('45秒');
    expect(formatDuration(3_720_000)).toBe('1小时02分');
    expect(formatDuration(66_000, 'en')).toBe('1 min 06 s');
    expect(formatQuarter('2026-Q4')).toBe('2026年第四季度');
    expect(formatQuarter('2027-Q1', 'en')).toBe('Q1 2027');
  });

  it('reads a day typed in any of the usual ways, and refuses days that do not exist', () => {
    for (const typed of [
      '2026-12-11',
      '2026/12/11',
      '2026.12.11',
      '2026年12月11日',
      ' 12月11日 ',
    ]) {
      expect(parseTypedDay(typed, 2026)).toBe('2026-12-11');
    }
    expect(parseTypedDay('2026年12月11日（星期五）', 2026)).toBe('2026-12-11');
    expect(parseTypedDay('1-5', 2027)).toBe('2027-01-05');
    expect(parseTypedDay('2026-02-29', 2026)).toBeNull();
    expect(parseTypedDay('2028-02-29', 2026)).toBe('2028-02-29');
    expect(parseTypedDay('2026-13-01', 2026)).toBeNull();
    expect(parseTypedDay('下周五', 2026)).toBeNull();
  });

  it('reads a typed 24-hour time', () => {
    expect(parseTypedTime('9:30')).toBe('09:30');
    expect(parseTypedTime('09：30')).toBe('09:30');
    expect(parseTypedTime('0930')).toBe('09:30');
    expect(parseTypedTime('9点30分')).toBe('09:30');
    expect(parseTypedTime('15时')).toBe('15:00');
    expect(parseTypedTime('24:00')).toBeNull();
    expect(parseTypedTime('9:75')).toBeNull();
    expect(shanghaiInstant('2026-12-11', '09:30')).toBe('2026-12-11T09:30:00+08:00');
  });
});
