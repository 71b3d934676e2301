import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './holidayNotice.ts';

// The 2025 notice as published (国办发明电〔2024〕12号), the way an office would paste it.
const notice2025 = `国务院办公厅关于2025年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

describe('parseHolidayNotice', () => {
  it('reads every holiday range and adjusted working day of the yearly notice', () => {
    const days = parseHolidayNotice(notice2025) ?? [];
    const holidays = days.filter((day) => day.kind === 'holiday');
    const workdays = days.filter((day) => day.kind === 'workday');
    expect(holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(holidays[0]).toEqual({ date: '2025-01-01', kind: 'holiday', name: '元旦' });
    expect(holidays.filter((day) => day.name === '春节').map((day) => day.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(holidays.filter((day) => day.name === '端午节').at(-1)?.date).toBe('2025-06-02');
    expect(workdays.map((day) => day.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(workdays[0]?.name).toBe('春节调休上班');
  });

  it('crosses the year end, with or without the year written', () => {
    const explicit = parseHolidayNotice(
      '关于2027年部分节假日安排的通知\n一、元旦：2026年12月31日至2027年1月2日放假调休，共3天。2026年12月27日（周日）上班。',
    );
    expect(explicit?.map((day) => day.date)).toEqual([
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2026-12-27',
    ]);
    const implicit = parseHolidayNotice('2027年\n一、元旦：12月31日至1月2日放假。');
    expect(implicit?.map((day) => day.date)).toEqual(['2027-12-31', '2028-01-01', '2028-01-02']);
  });

  it('is null for text that is not a notice, and for a day that does not exist', () => {
    expect(parseHolidayNotice('2026-10-01，放假，国庆节')).toBeNull();
    expect(
      parseHolidayNotice('关于2027年部分节假日安排的通知\n一、春节：2月30日放假。'),
    ).toBeNull();
  });
});
