import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { requestStates, type RequestState } from '../../../shared/domain/requests.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { RequestAction } from '../../../shared/rules/requestWorkflow.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, newClient, setUpInstallation } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { saveRequest } from './requestRepository.ts';

/**
 * States x actors x actions, against an expectation written out here (not derived from the rule
 * under test): everything not listed as allowed must be refused by main and change nothing.
 */
const folder = tempFolder();
const clock = new Date('2026-11-27T10:00:00+08:00');
let core: Core;
let ownUnit = '';
let otherUnit = '';
const users = new Map<string, { id: string; client: string }>();
let adminClient = '';

const actors: Record<string, { roles: Role[]; unit: 'own' | 'other' | 'news' }> = {
  author: { roles: ['drafter'], unit: 'own' },
  colleague: { roles: ['drafter'], unit: 'own' },
  otherDrafter: { roles: ['drafter'], unit: 'other' },
  unitHead: { roles: ['unitHead'], unit: 'own' },
  otherUnitHead: { roles: ['unitHead'], unit: 'other' },
  reviewer: { roles: ['newsOfficeReviewer'], unit: 'news' },
  approver: { roles: ['authorityApprover'], unit: 'news' },
  spokesperson: { roles: ['spokesperson'], unit: 'own' },
  clearance: { roles: ['clearanceReviewer'], unit: 'own' },
  administrator: { roles: ['administrator'], unit: 'news' },
};

const owners = ['author', 'colleague'];
const allowed: Record<RequestAction, Partial<Record<RequestState, readonly string[]>>> = {
  edit: {
    draft: owners,
    returned: owners,
    approved: owners,
    postponed: owners,
    rescheduled: owners,
  },
  submit: { draft: owners, returned: owners, postponed: owners, rescheduled: owners },
  withdraw: { unitReview: ['author'], newsOfficeReview: ['author'], authorityReview: ['author'] },
  reopen: { withdrawn: owners },
  approve: {
    unitReview: ['unitHead'],
    newsOfficeReview: ['reviewer'],
    authorityReview: ['approver'],
  },
  return: {
    unitReview: ['unitHead'],
    newsOfficeReview: ['reviewer'],
    authorityReview: ['approver'],
  },
  reject: {
    unitReview: ['unitHead'],
    newsOfficeReview: ['reviewer'],
    authorityReview: ['approver'],
  },
  cancel: {
    draft: owners,
    returned: owners,
    approved: owners,
    postponed: owners,
    rescheduled: owners,
  },
  postpone: { approved: owners },
  reschedule: { approved: owners },
  fastTrack: {},
  ratify: {},
  deleteDraft: { draft: ['author'] },
};

const call = (
  action: RequestAction,
  requestId: string,
  revision: number,
): [ChannelName, unknown] => {
  switch (action) {
    case 'edit':
      return [
        'requests:saveDraft',
        { requestId, revision, fields: completeFields(ownUnit, { venue: '新会场' }) },
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
        { requestId, startsAt: '2026-12-20T09:30:00+08:00', endsAt: null, reason: '会场冲突' },
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

function requestIn(db: DatabaseSync, state: RequestState): string {
  const author = users.get('author')?.id ?? '';
  const id = randomUUID();
  const pending = [
    'unitReview',
    'newsOfficeReview',
    'authorityReview',
    'approved',
    'rejected',
    'withdrawn',
  ].includes(state);
  saveRequest(db, {
    id,
    origin: 'test',
    fields: completeFields(ownUnit),
    state,
    draftedBy: author,
    draftedByName: '作者',
    submittedBy: pending ? author : null,
    submittedAt: pending ? clock.toISOString() : null,
    approvedHash: null,
    approvedAt: null,
    fastTracked: false,
    ratifiedAt: null,
    voidedReason: null,
    round: pending ? 1 : 0,
    revision: 1,
    createdAt: clock.toISOString(),
    updatedAt: clock.toISOString(),
  });
  return id;
}

const rowOf = (db: DatabaseSync, id: string) =>
  JSON.stringify([
    db.prepare('SELECT * FROM requests WHERE id = ?').get(id),
    db.prepare('SELECT count(*) AS n FROM request_decisions WHERE request_id = ?').get(id),
    db.prepare('SELECT count(*) AS n FROM audit_log').get(),
  ]);

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  adminClient = admin;
  const units = await callAs(core, admin, 'units:list', {});
  const news = units[0]?.id ?? '';
  ownUnit = units[1]?.id ?? '';
  otherUnit = units[2]?.id ?? '';
  for (const [name, actor] of Object.entries(actors)) {
    const unitId = actor.unit === 'own' ? ownUnit : actor.unit === 'other' ? otherUnit : news;
    const user = await callAs(core, admin, 'users:create', {
      username: name.toLowerCase(),
      displayName: name,
      unitId,
      roles: actor.roles,
      password: 'password-1234',
    });
    const client = newClient();
    core.sessions.signIn(`web:${client}`, user.id, clock);
    users.set(name, { id: user.id, client });
  }
});
afterAll(() => {
  core.close();
  folder.remove();
});

describe.each(requestStates)('a request in state %s', (state) => {
  it.each(Object.keys(actors))(
    'as %s: main accepts exactly the allowed actions',
    async (actorName) => {
      const client = users.get(actorName)?.client ?? '';
      const outcomes: string[] = [];
      for (const action of Object.keys(allowed) as RequestAction[]) {
        const id = requestIn(core.db, state);
        const before = rowOf(core.db, id);
        const [channel, input] = call(action, id, 1);
        const result = await core.router.dispatch(channel, input, `web:${client}`);
        const expected = allowed[action][state]?.includes(actorName) ?? false;
        outcomes.push(`${action}:${result.ok ? 'ok' : result.error.code}`);
        if (expected) {
          expect(result.ok, `${action} should be allowed: ${JSON.stringify(result)}`).toBe(true);
        } else {
          expect(result.ok, `${action} should be refused`).toBe(false);
          expect(rowOf(core.db, id), `${action} refused but changed something`).toBe(before);
        }
      }
      expect(outcomes.length).toBe(13);
    },
  );
});

describe('separation of duties', () => {
  async function userWith(roles: Role[], unit: string): Promise<{ id: string; client: string }> {
    const user = await callAs(core, adminClient, 'users:create', {
      username: `u${randomUUID().slice(0, 8)}`,
      displayName: '多角色',
      unitId: unit,
      roles,
      password: 'password-1234',
    });
    const client = newClient();
    core.sessions.signIn(`web:${client}`, user.id, clock);
    return { id: user.id, client };
  }

  it('refuses a unit head deciding on a request they drafted and submitted', async () => {
    const both = await userWith(['drafter', 'unitHead'], ownUnit);
    const draft = await callAs(core, both.client, 'requests:create', {});
    await callAs(core, both.client, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(ownUnit),
    });
    await callAs(core, both.client, 'requests:submit', { requestId: draft.id, revision: 2 });
    const result = await core.router.dispatch(
      'requests:decide',
      { requestId: draft.id, decision: 'approve', comment: '' },
      `web:${both.client}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'separation_of_duties' } });
  });

  it('refuses one person giving both the news-office and the authority approval', async () => {
    const both = await userWith(['newsOfficeReviewer', 'authorityApprover'], ownUnit);
    const id = requestIn(core.db, 'newsOfficeReview');
    await callAs(core, both.client, 'requests:decide', {
      requestId: id,
      decision: 'approve',
      comment: '同意',
    });
    const second = await core.router.dispatch(
      'requests:decide',
      { requestId: id, decision: 'approve', comment: '同意' },
      `web:${both.client}`,
    );
    expect(second).toMatchObject({ ok: false, error: { code: 'separation_of_duties' } });
    const other = await core.router.dispatch(
      'requests:decide',
      { requestId: id, decision: 'approve', comment: '同意' },
      `web:${users.get('approver')?.client}`,
    );
    expect(other).toMatchObject({ ok: true, value: { state: 'approved' } });
  });

  it('requires a reason to return or reject', async () => {
    const id = requestIn(core.db, 'newsOfficeReview');
    const result = await core.router.dispatch(
      'requests:decide',
      { requestId: id, decision: 'return', comment: ' ' },
      `web:${users.get('reviewer')?.client}`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'reason_required' } });
  });

  it('fast-tracks an emergency opened by the news office, and only someone else ratifies it', async () => {
    const reviewer = users.get('reviewer')?.client ?? '';
    const opened = await callAs(core, reviewer, 'requests:openEmergency', {
      unitId: ownUnit,
      title: '城区内涝应急处置情况发布',
    });
    const approved = await callAs(core, reviewer, 'requests:fastTrack', {
      requestId: opened.id,
      comment: '情况紧急，先行发布',
    });
    expect(approved).toMatchObject({ state: 'approved', fastTracked: true, ratifiedAt: null });
    expect(approved.decisions.map((d) => d.kind)).toEqual(['fastTrack']);

    const approverInbox = await callAs(
      core,
      users.get('approver')?.client ?? '',
      'requests:inbox',
      {},
    );
    expect(approverInbox.unratifiedEmergencies.map((r) => r.id)).toContain(opened.id);
    const ratified = await callAs(core, users.get('approver')?.client ?? '', 'requests:ratify', {
      requestId: opened.id,
      comment: '追认',
    });
    expect(ratified.ratifiedAt).not.toBeNull();
    const after = await callAs(core, users.get('approver')?.client ?? '', 'requests:inbox', {});
    expect(after.unratifiedEmergencies.map((r) => r.id)).not.toContain(opened.id);
  });
});
