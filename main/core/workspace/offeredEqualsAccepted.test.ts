import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { requestStates, type RequestState } from '../../../shared/domain/requests.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { requestActions, type RequestAction } from '../../../shared/rules/requestWorkflow.ts';
import { createCore, type Core } from '../createCore.ts';
import { saveRequest } from '../requests/requestRepository.ts';
import { callAs, newClient, setUpInstallation } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/**
 * For every state and role, the actions the workspace offers a user (computed by the shared rules
 * the UI reads) are exactly the actions main accepts from that user.
 */
const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let core: Core;
let unitId = '';
const clients = new Map<string, { client: string; userId: string }>();
const roleSets: Record<string, Role[]> = {
  drafter: ['drafter'],
  unitHead: ['unitHead'],
  reviewer: ['newsOfficeReviewer'],
  approver: ['authorityApprover'],
  spokesperson: ['spokesperson'],
  everything: ['drafter', 'unitHead', 'newsOfficeReviewer', 'authorityApprover'],
};

const channelCall = (
  action: RequestAction,
  requestId: string,
  revision: number,
): [ChannelName, unknown] => {
  switch (action) {
    case 'edit':
      return [
        'requests:saveDraft',
        { requestId, revision, fields: completeFields(unitId, { venue: '另一会场' }) },
      ];
    case 'submit':
      return ['requests:submit', { requestId, revision }];
    case 'approve':
    case 'return':
    case 'reject':
      return ['requests:decide', { requestId, decision: action, comment: '意见' }];
    case 'reschedule':
      return [
        'requests:reschedule',
        { requestId, startsAt: '2026-12-20T09:30:00+08:00', endsAt: null, reason: '调整' },
      ];
    case 'withdraw':
    case 'cancel':
    case 'postpone':
      return [`requests:${action}`, { requestId, reason: '原因' }];
    case 'fastTrack':
    case 'ratify':
      return [`requests:${action}`, { requestId, comment: '意见' }];
    case 'reopen':
      return ['requests:reopen', { requestId }];
    case 'deleteDraft':
      return ['requests:deleteDraft', { requestId }];
  }
};

function requestIn(state: RequestState, draftedBy: string, emergency: boolean): string {
  const id = randomUUID();
  const submitted = !['draft', 'returned', 'postponed', 'rescheduled', 'cancelled'].includes(state);
  saveRequest(core.db, {
    id,
    origin: 'test',
    fields: completeFields(unitId, { isEmergency: emergency }),
    state,
    draftedBy,
    draftedByName: '起草人',
    submittedBy: submitted ? draftedBy : null,
    submittedAt: submitted ? clock.toISOString() : null,
    approvedHash: null,
    approvedAt: null,
    fastTracked: emergency && state === 'approved',
    ratifiedAt: null,
    voidedReason: null,
    round: submitted ? 1 : 0,
    revision: 1,
    createdAt: clock.toISOString(),
    updatedAt: clock.toISOString(),
  });
  return id;
}

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  for (const [name, roles] of Object.entries(roleSets)) {
    const user = await callAs(core, admin, 'users:create', {
      username: name,
      displayName: name,
      unitId,
      roles,
      password: 'password-1234',
    });
    clients.set(name, { client: newClient(), userId: user.id });
  }
});
afterAll(() => {
  core.close();
  folder.remove();
});

describe.each(requestStates)('in state %s', (state) => {
  it.each(
    Object.keys(roleSets).flatMap(
      (name) =>
        [
          [name, false],
          [name, true],
        ] as const,
    ),
  )('as %s (emergency %s): offered actions = accepted actions', async (name, emergency) => {
    const user = clients.get(name);
    if (!user) throw new Error(name);
    const drafter = clients.get('drafter')?.userId ?? '';
    for (const action of requestActions) {
      const id = requestIn(
        state,
        emergency && action === 'fastTrack' ? user.userId : drafter,
        emergency,
      );
      core.sessions.signIn(`web:${user.client}`, user.userId, clock);
      const offered = (await callAs(core, user.client, 'workspace:get', { requestId: id })).request
        .actions;
      const [channel, input] = channelCall(action, id, 1);
      const result = await core.router.dispatch(channel, input, `web:${user.client}`);
      expect(
        result.ok,
        `${action}: offered ${offered.includes(action)}, main said ${JSON.stringify(result)}`,
      ).toBe(offered.includes(action));
    }
  });
});
