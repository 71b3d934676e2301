import { describe, expect, it } from 'vitest';
import type { RequestState } from '../domain/requests.ts';
import { eventStages, type EventFacts } from './eventStages.ts';

const now = new Date('2026-12-10T12:00:00+08:00');
const facts = (overrides: Partial<EventFacts> & { state?: RequestState } = {}): EventFacts => ({
  request: {
    state: overrides.state ?? 'approved',
    problems: 0,
    materialProblems: 0,
    fastTracked: false,
    ratified: false,
  },
  materials: { count: 3, uncleared: 0, pendingSignOffs: 0 },
  schedule: { startsAt: '2026-12-10T09:30:00+08:00', conflicts: 0 },
  transcript: { started: true, reviewed: true, deliverablesMissing: 0, closed: true },
  release: { exported: true },
  now,
  ...overrides,
});
const summary = (input: EventFacts) =>
  eventStages(input).map((stage) => `${stage.id}:${stage.status}:${stage.reasons.join('+')}`);

describe('event stages', () => {
  it.each([
    [
      'everything done',
      facts(),
      ['request:done:', 'materials:done:', 'schedule:done:', 'transcript:done:', 'release:done:'],
    ],
    [
      'waiting for the competent authority, clearance pending',
      facts({
        state: 'authorityReview',
        materials: { count: 2, uncleared: 1, pendingSignOffs: 3 },
        transcript: null,
        release: { exported: false },
        schedule: { startsAt: '2026-12-20T09:30:00+08:00', conflicts: 0 },
      }),
      [
        'request:inProgress:waitingAuthority',
        'materials:inProgress:signOffsPending',
        'schedule:inProgress:notApproved',
        'transcript:notStarted:eventAhead',
        'release:blocked:waitingAuthority+signOffsPending',
      ],
    ],
    [
      'a conflict in the schedule, and the event passed unapproved',
      facts({
        state: 'newsOfficeReview',
        schedule: { startsAt: '2026-12-09T09:30:00+08:00', conflicts: 1 },
        transcript: null,
      }),
      [
        'request:inProgress:waitingNewsOffice',
        'materials:done:',
        'schedule:blocked:scheduleConflict',
        'transcript:blocked:notApproved',
        'release:blocked:notApproved',
      ],
    ],
    [
      'held, transcript captured but not reviewed, nothing exported',
      facts({
        transcript: { started: true, reviewed: false, deliverablesMissing: 2, closed: false },
        release: { exported: false },
      }),
      [
        'request:done:',
        'materials:done:',
        'schedule:done:',
        'transcript:inProgress:transcriptNotReviewed',
        'release:notStarted:notExported+transcriptNotReviewed+deliverablesMissing',
      ],
    ],
    [
      'a fast-tracked emergency awaiting ratification, without materials or time',
      facts({
        request: {
          state: 'approved',
          problems: 0,
          materialProblems: 0,
          fastTracked: true,
          ratified: false,
        },
        materials: null,
        schedule: { startsAt: null, conflicts: 0 },
        transcript: null,
        release: { exported: false },
      }),
      [
        'request:inProgress:ratificationPending',
        'materials:notStarted:noMaterials',
        'schedule:notStarted:noTime',
        'transcript:notStarted:eventAhead',
        'release:blocked:noMaterials',
      ],
    ],
    [
      'returned for changes',
      facts({ state: 'returned', transcript: null, release: { exported: false } }),
      [
        'request:blocked:returnedForChanges',
        'materials:done:',
        'schedule:inProgress:notApproved',
        'transcript:blocked:notApproved',
        'release:blocked:notApproved',
      ],
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  const draft = (problems: number, materialProblems: number, pendingSignOffs: number) =>
    eventStages(
      facts({
        request: {
          state: 'draft',
          problems,
          materialProblems,
          fastTracked: false,
          ratified: false,
        },
        materials: { count: 3, uncleared: pendingSignOffs > 0 ? 3 : 0, pendingSignOffs },
        transcript: null,
        release: { exported: false },
        schedule: { startsAt: '2026-12-20T09:30:00+08:00', conflicts: 0 },
      }),
    );

  it('names a complete draft short of sign-offs for the sign-offs, with their number', () => {
    const [request, materials, , , release] = draft(0, 12, 12);
    expect(request).toEqual({
      id: 'request',
      status: 'inProgress',
      reasons: ['signOffsPending'],
      counts: { signOffsPending: 12 },
    });
    expect(materials).toMatchObject({
      reasons: ['signOffsPending'],
      counts: { signOffsPending: 12 },
    });
    expect(release).toMatchObject({
      status: 'blocked',
      reasons: ['notApproved', 'signOffsPending'],
      counts: { signOffsPending: 12 },
    });
  });

  it('names the form first while it is incomplete, then missing materials, then submission', () => {
    expect(draft(2, 12, 12)[0]).toMatchObject({
      reasons: ['formIncomplete'],
      counts: { formIncomplete: 2 },
    });
    expect(draft(0, 1, 0)[0]).toMatchObject({
      reasons: ['materialsMissing'],
      counts: { materialsMissing: 1 },
    });
    expect(draft(0, 0, 0)[0]).toEqual({
      id: 'request',
      status: 'inProgress',
      reasons: ['draftNotSubmitted'],
    });
  });
});
