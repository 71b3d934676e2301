import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../domain/schedulingPlans.ts';
import type { EventForm, RequestState } from '../domain/requests.ts';
import { matchPlan, type PlanEvent } from './schedulePlans.ts';

const item = (
  id: string,
  quarter: number,
  form: EventForm = 'pressConference',
  requestId: string | null = null,
): PlanItem => ({
  id,
  unitId: 'edu',
  year: 2026,
  quarter,
  form,
  topic: `计划${id}`,
  note: '',
  requestId,
});

const event = (
  id: string,
  startsAt: string,
  state: RequestState = 'approved',
  form: EventForm = 'pressConference',
  isEmergency = false,
): PlanEvent => ({
  requestId: id,
  unitId: 'edu',
  title: `活动${id}`,
  unitName: '县教育体育局',
  form,
  state,
  startsAt,
  isEmergency,
});

const now = new Date('2026-11-27T10:00:00+08:00');
const statuses = (items: PlanItem[], events: PlanEvent[]) =>
  matchPlan(items, events, now, '2026-11-27').items.map((entry) => [
    entry.item.id,
    entry.status,
    entry.event?.requestId ?? null,
  ]);

describe('plan against actual', () => {
  it.each<[string, PlanItem[], PlanEvent[], (string | null)[][]]>([
    [
      'held in its quarter',
      [item('p1', 1)],
      [event('r1', '2026-02-10T09:30:00+08:00')],
      [['p1', 'done', 'r1']],
    ],
    [
      'approved, still ahead',
      [item('p4', 4)],
      [event('r4', '2026-12-10T09:30:00+08:00')],
      [['p4', 'scheduled', 'r4']],
    ],
    [
      'on its way',
      [item('p4', 4)],
      [event('r4', '2026-12-10T09:30:00+08:00', 'newsOfficeReview')],
      [['p4', 'inProgress', 'r4']],
    ],
    [
      'cancelled: carries out nothing',
      [item('p2', 2)],
      [event('r2', '2026-05-10T09:30:00+08:00', 'cancelled')],
      [['p2', 'missed', null]],
    ],
    ['nothing in the current quarter yet', [item('p4', 4)], [], [['p4', 'pending', null]]],
    [
      'the wrong form',
      [item('p2', 2, 'onlineInterview')],
      [event('r2', '2026-05-10T09:30:00+08:00')],
      [['p2', 'missed', null]],
    ],
    [
      'an emergency carries out a press conference line',
      [item('p2', 2)],
      [event('r2', '2026-05-10T09:30:00+08:00', 'approved', 'newMedia', true)],
      [['p2', 'done', 'r2']],
    ],
    [
      'another quarter',
      [item('p2', 2)],
      [event('r3', '2026-08-10T09:30:00+08:00')],
      [['p2', 'missed', null]],
    ],
    [
      'approved ones first, each event once',
      [item('p1', 1), item('p2', 1)],
      [event('ra', '2026-01-10T09:30:00+08:00', 'draft'), event('rb', '2026-03-10T09:30:00+08:00')],
      [
        ['p1', 'done', 'rb'],
        ['p2', 'inProgress', 'ra'],
      ],
    ],
    [
      'a planned event on its way before an emergency',
      [item('p4', 4)],
      [
        event('re', '2026-10-10T09:30:00+08:00', 'approved', 'newMedia', true),
        event('rp', '2026-12-10T09:30:00+08:00', 'draft'),
      ],
      [['p4', 'inProgress', 'rp']],
    ],
    [
      'a linked request wherever it moved',
      [item('p1', 1, 'pressConference', 'rz')],
      [event('rz', '2026-04-10T09:30:00+08:00')],
      [['p1', 'done', 'rz']],
    ],
  ])('%s', (_name, items, events, expected) => {
    expect(statuses(items, events)).toEqual(expected);
  });

  it('lists approved events no line accounts for', () => {
    const result = matchPlan(
      [item('p1', 1)],
      [event('r1', '2026-02-10T09:30:00+08:00'), event('r2', '2026-02-20T09:30:00+08:00')],
      now,
      '2026-11-27',
    );
    expect(result.unplanned.map((entry) => entry.requestId)).toEqual(['r2']);
  });
});
