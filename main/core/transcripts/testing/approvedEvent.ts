import type { Core } from '../../createCore.ts';
import { createCore } from '../../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../../testing/accounts.ts';
import { completeFields } from '../../testing/requests.ts';

/** A clock the test moves by hand; the core reads it on every call. */
export interface TestClock {
  now(): Date;
  advance(milliseconds: number): void;
}

export function testClock(start = '2026-11-27T10:00:00+08:00'): TestClock {
  let time = new Date(start).getTime();
  return { now: () => new Date(time), advance: (milliseconds) => void (time += milliseconds) };
}

export interface ApprovedEvent {
  readonly core: Core;
  readonly clock: TestClock;
  readonly admin: string;
  /** A drafter of the event's unit: takes the notes. */
  readonly noteTaker: string;
  /** A news-office reviewer: reviews the transcript. */
  readonly reviewer: string;
  readonly unitId: string;
  readonly requestId: string;
}

/** An installation with a request approved at all three levels, and a note-taker and a reviewer. */
export async function approvedEvent(dataDir: string): Promise<ApprovedEvent> {
  const clock = testClock();
  const core = createCore({ dataDir, mode: 'web', now: clock.now });
  const admin = await setUpInstallation(core);
  const unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  const noteTaker = await signedInUser(core, admin, ['drafter'], 'jilu');
  const reviewer = await signedInUser(core, admin, ['newsOfficeReviewer'], 'shenhe');
  const deciders = [
    await signedInUser(core, admin, ['unitHead']),
    reviewer,
    await signedInUser(core, admin, ['authorityApprover']),
  ];
  const draft = await callAs(core, noteTaker, 'requests:create', {});
  const saved = await callAs(core, noteTaker, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(unitId),
  });
  await callAs(core, noteTaker, 'requests:submit', {
    requestId: draft.id,
    revision: saved.revision,
  });
  for (const client of deciders) {
    await callAs(core, client, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
  }
  return { core, clock, admin, noteTaker, reviewer, unitId, requestId: draft.id };
}
