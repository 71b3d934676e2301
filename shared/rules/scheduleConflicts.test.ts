import { describe, expect, it } from 'vitest';
import { conflictsWith, findConflicts, type SchedulableEvent } from './scheduleConflicts.ts';

const booking = (
  id: string,
  start: string,
  end: string | null,
  overrides: Partial<SchedulableEvent> = {},
): SchedulableEvent => ({
  id,
  startsAt: `2026-12-10T${start}:00+08:00`,
  endsAt: end === null ? null : `2026-12-10T${end}:00+08:00`,
  venue: '县政府新闻发布厅',
  hostName: '刘主持',
  mainSpeakerName: `${id}局长`,
  spokespersonName: `${id}发言`,
  ...overrides,
});

const elsewhere = { venue: '县人民政府网站访谈室', hostName: '' };

describe('schedule conflicts', () => {
  it.each<[string, SchedulableEvent, SchedulableEvent, string[]]>([
    [
      'the same venue at overlapping times',
      booking('a', '09:30', '10:30'),
      booking('b', '10:00', '11:00'),
      ['venue', 'leader'],
    ],
    [
      'the same spokesperson in two places',
      booking('a', '09:30', '10:30', { spokespersonName: '钱发言' }),
      booking('b', '10:00', '11:00', { ...elsewhere, spokespersonName: '钱发言' }),
      ['spokesperson'],
    ],
    [
      'one’s main speaker hosting the other',
      booking('a', '09:30', '10:30', { mainSpeakerName: '王局长' }),
      booking('b', '10:00', '11:00', { ...elsewhere, hostName: '王局长' }),
      ['leader'],
    ],
    [
      'a name typed with a full-width space',
      booking('a', '09:30', '10:30', { ...elsewhere, spokespersonName: '钱　发言' }),
      booking('b', '10:00', '11:00', { hostName: '', spokespersonName: '钱发言' }),
      ['spokesperson'],
    ],
    [
      'one inside the other',
      booking('a', '09:00', '12:00'),
      booking('b', '10:00', '10:30'),
      ['venue', 'leader'],
    ],
    [
      'no end time: taken as an hour',
      booking('a', '09:30', null),
      booking('b', '10:15', '11:00'),
      ['venue', 'leader'],
    ],
  ])('%s is flagged', (_name, first, second, resources) => {
    const [conflict] = findConflicts([first, second]);
    expect(conflict?.matches.map((match) => match.resource)).toEqual(resources);
  });

  it.each<[string, SchedulableEvent, SchedulableEvent]>([
    [
      'back to back in the same hall',
      booking('a', '09:30', '10:30'),
      booking('b', '10:30', '11:30'),
    ],
    ['no end time, back to back', booking('a', '09:30', null), booking('b', '10:30', '11:30')],
    [
      'overlapping, nothing shared',
      booking('a', '09:30', '10:30', elsewhere),
      booking('b', '10:00', '11:00', { hostName: '' }),
    ],
    [
      'blank names are not people',
      booking('a', '09:30', '10:30', { ...elsewhere, hostName: '', spokespersonName: ' ' }),
      booking('b', '10:00', '11:00', { venue: '', hostName: '', spokespersonName: '' }),
    ],
  ])('%s is not a conflict', (_name, first, second) => {
    expect(findConflicts([first, second])).toEqual([]);
  });

  it('finds each overlapping pair once among many', () => {
    const day = [
      booking('a', '09:00', '10:00'),
      booking('b', '09:30', '10:30'),
      booking('c', '10:00', '11:00'),
      booking('d', '11:00', '12:00'),
    ];
    expect(findConflicts(day).map((item) => `${item.firstId}-${item.secondId}`)).toEqual([
      'a-b',
      'b-c',
    ]);
  });

  it('checks a proposal against the bookings, leaving itself out', () => {
    const bookings = [booking('a', '09:30', '10:30'), booking('b', '14:00', '15:00')];
    const found = conflictsWith(booking('a', '14:30', '15:30'), bookings);
    expect(found.map((item) => item.event.id)).toEqual(['b']);
  });
});
