import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../testing/accounts.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';

let folder: ReturnType<typeof tempFolder>;
let core: Core;
let clock: Date;
let unitId: string;
let drafter: string;
let unitHead: string;
let reviewer: string;
let approver: string;

beforeEach(async () => {
  folder = tempFolder();
  clock = new Date('2026-11-27T10:00:00+08:00');
  core = createCore({ dataDir: folder.path, mode: 'web', now: () => clock });
  const admin = await setUpInstallation(core);
  unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  drafter = await signedInUser(core, admin, ['drafter']);
  unitHead = await signedInUser(core, admin, ['unitHead']);
  reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
  approver = await signedInUser(core, admin, ['authorityApprover']);
});
afterEach(() => {
  core.close();
  folder.remove();
});

async function approvedRequest() {
  const draft = await callAs(core, drafter, 'requests:create', {});
  const saved = await callAs(core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: draft.revision,
    fields: completeFields(unitId),
  });
  await callAs(core, drafter, 'requests:submit', { requestId: draft.id, revision: saved.revision });
  for (const client of [unitHead, reviewer, approver]) {
    await callAs(core, client, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
  }
  return callAs(core, drafter, 'requests:get', { requestId: draft.id });
}

describe('request lifecycle', () => {
  it('goes through three levels to 已批准 with each decision bound to the content hash', async () => {
    const approved = await approvedRequest();
    expect(approved.state).toBe('approved');
    expect(approved.decisions.map((d) => [d.level, d.kind])).toEqual([
      ['unit', 'approve'],
      ['newsOffice', 'approve'],
      ['authority', 'approve'],
    ]);
    expect(new Set(approved.decisions.map((d) => d.contentHash))).toEqual(
      new Set([approved.contentHash]),
    );
    expect(approved.approvedHash).toBe(approved.contentHash);
    const timeline = await callAs(core, drafter, 'requests:timeline', { requestId: approved.id });
    expect(timeline.map((entry) => entry.action)).toEqual([
      'request.create',
      'request.save',
      'request.submit',
      'request.approve',
      'request.approve',
      'request.approve',
    ]);
  });

  it('voids the approval when the venue changes afterwards, and audits it', async () => {
    const approved = await approvedRequest();
    const edited = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: approved.id,
      revision: approved.revision,
      fields: { ...approved.fields, venue: '县行政中心三楼会议室' },
    });
    expect(edited.state).toBe('draft');
    expect(edited.voidedReason).toContain('地点');
    expect(edited.decisions.every((d) => d.voidedAt !== null)).toBe(true);
    expect(edited.contentHash).not.toBe(edited.approvedHash);
    expect(edited.actions).toContain('submit');
    expect(verifyAuditChain(core.db)).toMatchObject({ intact: true });
  });

  it('marks a time change after approval as 已改期， needing a new approval', async () => {
    const approved = await approvedRequest();
    const moved = await callAs(core, drafter, 'requests:reschedule', {
      requestId: approved.id,
      startsAt: '2026-12-17T09:30:00+08:00',
      endsAt: null,
      reason: '领导另有公务',
    });
    expect(moved).toMatchObject({
      state: 'rescheduled',
      fields: { startsAt: '2026-12-17T09:30:00+08:00' },
    });
    const resubmitted = await callAs(core, drafter, 'requests:submit', {
      requestId: approved.id,
      revision: moved.revision,
    });
    expect(resubmitted).toMatchObject({ state: 'unitReview', round: 2 });
  });

  it('refuses submission with fewer working days ahead than the setting, unless an emergency', async () => {
    const draft = await callAs(core, drafter, 'requests:create', {});
    const soon = completeFields(unitId, { startsAt: '2026-12-01T09:30:00+08:00', endsAt: null });
    const saved = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: soon,
    });
    expect(saved.problems.map((p) => p.field)).toEqual(['startsAt']);
    const refused = await core.router.dispatch(
      'requests:submit',
      { requestId: draft.id, revision: saved.revision },
      `web:${drafter}`,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'incomplete' } });
    expect(refused.ok === false && refused.error.message).toContain('距拟发布日期只有 2 个工作日');

    const urgent = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: saved.revision,
      fields: { ...soon, isEmergency: true },
    });
    expect(urgent.problems).toEqual([]);
    expect(
      (
        await callAs(core, drafter, 'requests:submit', {
          requestId: draft.id,
          revision: urgent.revision,
        })
      ).state,
    ).toBe('unitReview');
  });

  it('names each missing field and a malformed phone number', async () => {
    const draft = await callAs(core, drafter, 'requests:create', {});
    const fields = completeFields(unitId);
    const saved = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: {
        ...fields,
        content: {
          ...fields.content,
          spokesperson: { name: '', title: '' },
          contact: { name: '周', phone: '12345' },
        },
      },
    });
    expect(saved.problems.map((p) => p.field)).toEqual([
      'content.spokesperson',
      'content.contact.phone',
    ]);
    expect(saved.problems[0]?.message).toContain('新闻发言人');
  });

  it('keeps attachments content-addressed and voids an approval when one is added', async () => {
    const approved = await approvedRequest();
    const withFile = await callAs(core, drafter, 'requests:addAttachment', {
      requestId: approved.id,
      fileName: '发布辞.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('各位记者朋友：大家上午好!').toString('base64'),
    });
    expect(withFile.attachments).toHaveLength(1);
    expect(withFile.attachments[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(withFile.state).toBe('draft');
    expect(withFile.voidedReason).toContain('附件');
  });

  it('refuses a stale revision so an autosave cannot overwrite a newer edit', async () => {
    const draft = await callAs(core, drafter, 'requests:create', {});
    await callAs(core, drafter, 'requests:saveDraft', {
      requestId: draft.id,
      revision: 1,
      fields: completeFields(unitId),
    });
    const stale = await core.router.dispatch(
      'requests:saveDraft',
      { requestId: draft.id, revision: 1, fields: completeFields(unitId, { title: '旧的' }) },
      `web:${drafter}`,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('fills the inboxes: waiting for me oldest first, my drafts, recently decided, overdue', async () => {
    const first = await callAs(core, drafter, 'requests:create', {});
    const saved = await callAs(core, drafter, 'requests:saveDraft', {
      requestId: first.id,
      revision: 1,
      fields: completeFields(unitId),
    });
    await callAs(core, drafter, 'requests:submit', {
      requestId: first.id,
      revision: saved.revision,
    });
    // Five days later: the sessions would be idle-locked, so the same users sign in again.
    const userIds = [unitHead, drafter].map((client) =>
      core.sessions.actorFor(`web:${client}`, clock),
    );
    clock = new Date('2026-12-02T10:00:00+08:00');
    [unitHead, drafter].forEach((client, index) => {
      const actor = userIds[index];
      if (actor && actor !== 'locked') core.sessions.signIn(`web:${client}`, actor.userId, clock);
    });
    const inbox = await callAs(core, unitHead, 'requests:inbox', {});
    expect(inbox.waitingForMe.map((r) => r.id)).toEqual([first.id]);
    expect(inbox.overdue.map((r) => r.id)).toEqual([first.id]);
    await callAs(core, unitHead, 'requests:decide', {
      requestId: first.id,
      decision: 'return',
      comment: '请补充媒体名单',
    });
    const after = await callAs(core, unitHead, 'requests:inbox', {});
    expect(after.waitingForMe).toEqual([]);
    expect(after.recentlyDecided.map((r) => [r.id, r.decision])).toEqual([[first.id, 'return']]);
    const mine = await callAs(core, drafter, 'requests:inbox', {});
    expect(mine.myDrafts.map((r) => [r.id, r.state])).toEqual([[first.id, 'returned']]);
  });
});
