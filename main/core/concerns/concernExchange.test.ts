import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcernDetail, ConcernSummary } from '../../../shared/domain/concerns.ts';
import type { PersonalTodo } from '../../../shared/domain/personalTodo.ts';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { callAs } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { appendOutgoingRecord } from '../exchange/outgoingRecords.ts';
import { listPeerRecords } from '../exchange/peerRepository.ts';
import { exportPendingPackage } from '../exchange/pendingPackage.ts';
import { carry, exchangeOffices, register, type Side } from '../testing/exchangeOffices.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { testClock } from '../transcripts/testing/approvedEvent.ts';
import { closeConcernsOnRelease } from './concernResponse.ts';

/** 舆情 between the news office and a unit's installation, through package files (issue 21, 5). */
const folder = tempFolder();
const clock = testClock('2026-12-11T09:10:00+08:00');
let department: Side;
let newsOffice: Side;
let stranger: Side;
let drafter: string;
let reviewer: string;
let concernId = '';

beforeAll(async () => {
  ({ department, newsOffice, stranger, drafter, reviewer } = await exchangeOffices(
    folder.path,
    clock.now,
  ));
}, 60_000);
afterAll(() => {
  for (const side of [department, newsOffice, stranger]) side.core.close();
  folder.remove();
});

/** The package of everything pending from `from` to the one installation the item goes to. */
async function packageOf(from: Side, client: string) {
  const detail = await callAs(from.core, client, 'concerns:get', { concernId });
  expect(detail.sendsTo).toHaveLength(1);
  return callAs(from.core, client, 'concerns:exportPackage', {
    concernId,
    installationId: detail.sendsTo[0]?.installationId ?? '',
  });
}

const todoConcerns = (todo: PersonalTodo): ConcernSummary[] => {
  const section = todo.sections.find((entry) => entry.id === 'concerns');
  return section?.id === 'concerns' ? [...section.items] : [];
};

const stepKinds = (detail: ConcernDetail) => detail.steps.map((step) => step.details.kind);

describe('a 舆情 item travelling between the news office and the unit concerned', () => {
  let assignment = { fileName: '', contentBase64: '' };

  it('reaches the unit’s installation and its 待办, with the same clock', async () => {
    const registered = await callAs(newsOffice.core, reviewer, 'concerns:register', {
      source: 'internet',
      firstSeenAt: '2026-12-11T09:00:00+08:00',
      summary: '网传城区某小学食堂食材过期，家长聚集反映。',
      links: ['https://weibo.com/example/1'],
      unitIds: [newsOffice.unitIds.get('县教育体育局') ?? ''],
      level: 'major',
      clockMarked: false,
    });
    concernId = registered.id;
    clock.advance(60_000);
    await callAs(newsOffice.core, reviewer, 'concerns:assign', {
      concernId,
      unitId: newsOffice.unitIds.get('县教育体育局') ?? '',
      deadline: '2026-12-11T11:00:00+08:00',
    });
    assignment = await packageOf(newsOffice, reviewer);
    expect(await carry(assignment, department, drafter)).toMatchObject({
      ok: true,
      value: { applied: 2 },
    });

    const atNewsOffice = await callAs(newsOffice.core, reviewer, 'concerns:get', { concernId });
    const atUnit = await callAs(department.core, drafter, 'concerns:get', { concernId });
    expect(atUnit).toMatchObject({
      summary: atNewsOffice.summary,
      level: 'major',
      firstSeenAt: atNewsOffice.firstSeenAt,
      registeredByName: atNewsOffice.registeredByName,
      assignedUnit: { id: department.unitIds.get('县教育体育局'), name: '县教育体育局' },
      assignedDeadline: atNewsOffice.assignedDeadline,
      units: [{ id: department.unitIds.get('县教育体育局'), name: '县教育体育局' }],
      can: { propose: true, manage: false },
    });
    expect(atUnit.clock).toEqual(atNewsOffice.clock);
    expect(stepKinds(atUnit)).toEqual(['register', 'assign']);
    expect(atUnit.steps.map((step) => step.actorName)).toEqual(
      atNewsOffice.steps.map((step) => step.actorName),
    );
    const todo = await callAs(department.core, drafter, 'workspace:todo', {});
    expect(todoConcerns(todo).map((item) => item.id)).toEqual([concernId]);
    expect(todoConcerns(todo)[0]?.clock).toEqual(atNewsOffice.clock);
  });

  it('changes nothing when the same package is imported again', async () => {
    const before = databaseSnapshot(department.core.db);
    expect(await carry(assignment, department, drafter)).toMatchObject({
      ok: true,
      value: { applied: 0, alreadyImported: true },
    });
    expect(databaseSnapshot(department.core.db)).toBe(before);
  });

  it('brings the unit’s proposal back to the news office', async () => {
    clock.advance(60_000);
    await callAs(department.core, drafter, 'concerns:propose', {
      concernId,
      proposal: 'respond',
      reason: '情况已核实，拟当日发布权威信息。',
    });
    const proposal = await packageOf(department, drafter);
    expect(await carry(proposal, newsOffice, reviewer)).toMatchObject({
      ok: true,
      value: { applied: 1 },
    });
    const atNewsOffice = await callAs(newsOffice.core, reviewer, 'concerns:get', { concernId });
    expect(stepKinds(atNewsOffice)).toEqual(['register', 'assign', 'propose']);
    expect(atNewsOffice.steps.at(-1)).toMatchObject({
      details: { kind: 'propose', proposal: 'respond', reason: '情况已核实，拟当日发布权威信息。' },
      at: clock.now().toISOString(),
    });
  });

  it('refuses a proposal from an installation whose unit the item does not concern', async () => {
    const otherUnit =
      [...newsOffice.unitIds.keys()].find(
        (name) => name !== '县教育体育局' && name !== '县政府新闻办公室',
      ) ?? '';
    await register(stranger, newsOffice, otherUnit);
    await register(newsOffice, stranger, '县政府新闻办公室');
    const atNewsOffice = await callAs(newsOffice.core, reviewer, 'concerns:get', { concernId });
    const { db } = stranger.core;
    const news = listPeerRecords(db, false)[0];
    if (!news) throw new Error('news office not registered at the stranger');
    inTransaction(db, () =>
      appendOutgoingRecord(
        db,
        {
          kind: 'concern.proposed',
          to: news.installationId,
          refs: { concernId },
          payload: {
            concernId,
            step: {
              actorId: 'someone',
              actorName: '他人',
              at: clock.now().toISOString(),
              details: { kind: 'propose', proposal: 'watch', reason: '不属本单位。' },
            },
            item: {
              source: atNewsOffice.source,
              firstSeenAt: atNewsOffice.firstSeenAt,
              summary: atNewsOffice.summary,
              links: atNewsOffice.links,
              level: atNewsOffice.level,
              clockMarked: false,
              registeredByName: atNewsOffice.registeredByName,
              registeredAt: atNewsOffice.registeredAt,
              unitNames: [otherUnit],
              assignedUnitName: null,
              assignedDeadline: null,
              closedAt: null,
              responseMs: null,
            },
          },
        },
        clock.now(),
      ),
    );
    const forged = exportPendingPackage(
      db,
      stranger.core.folder.attachments,
      news,
      null,
      clock.now(),
    );
    const before = databaseSnapshot(newsOffice.core.db);
    expect(await carry(forged, newsOffice, reviewer)).toMatchObject({
      ok: false,
      error: {
        code: 'exchange_unplaceable',
        message: expect.stringContaining('不是该舆情的涉及单位') as unknown,
      },
    });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
  });

  it('carries the 会商 and the closing with its response time to the unit', async () => {
    clock.advance(60_000);
    await callAs(newsOffice.core, reviewer, 'concerns:consult', {
      concernId,
      participants: '新闻办、县教育体育局、县市场监管局',
      decision: '当日下午发布情况通报。',
    });
    const opened = await callAs(newsOffice.core, reviewer, 'concerns:openEmergency', {
      concernId,
    });
    clock.advance(60_000);
    const actor = newsOffice.core.sessions.actorFor(`web:${reviewer}`, clock.now());
    if (!actor || actor === 'locked') throw new Error('reviewer not signed in');
    inTransaction(newsOffice.core.db, () =>
      closeConcernsOnRelease(newsOffice.core.db, opened.requestId ?? '', actor, clock.now()),
    );
    const closing = await packageOf(newsOffice, reviewer);
    expect(await carry(closing, department, drafter)).toMatchObject({
      ok: true,
      value: { applied: 2 },
    });
    const atUnit = await callAs(department.core, drafter, 'concerns:get', { concernId });
    expect(stepKinds(atUnit)).toEqual(['register', 'assign', 'propose', 'consult', 'close']);
    expect(atUnit).toMatchObject({
      closedAt: clock.now().toISOString(),
      responseMs: clock.now().getTime() - Date.parse('2026-12-11T09:00:00+08:00'),
      requestId: null,
    });
    const todo = await callAs(department.core, drafter, 'workspace:todo', {});
    expect(todoConcerns(todo)).toEqual([]);
  });

  it('is audited on both sides', async () => {
    const actions = (side: Side) =>
      (
        side.core.db
          .prepare(
            "SELECT action, details FROM audit_log WHERE subject_kind = 'concern' AND subject_id = ? ORDER BY seq",
          )
          .all(concernId) as { action: string; details: string }[]
      ).map((row) => row.action);
    // register, assign, 会商 and the closing; the emergency request travels as a request.
    expect(actions(newsOffice).filter((action) => action === 'concern.sent')).toHaveLength(4);
    expect(actions(newsOffice).filter((action) => action === 'concern.received')).toHaveLength(1);
    expect(actions(department).filter((action) => action === 'concern.received')).toHaveLength(4);
    expect(actions(department).filter((action) => action === 'concern.sent')).toHaveLength(1);
    for (const side of [department, newsOffice]) {
      expect(verifyAuditChain(side.core.db)).toMatchObject({ intact: true });
    }
  });
});
