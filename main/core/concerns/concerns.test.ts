import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConcernSummary } from '../../../shared/domain/concerns.ts';
import type { PersonalTodo } from '../../../shared/domain/personalTodo.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { createCore, type Core } from '../createCore.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { pageRegions, withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../shared/lexical/materialJson.ts';
import { callAs, newClient, setUpInstallation, testPassword } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';

/** 舆情 register (issue 21), through the router as the app calls it, on a set clock. */
const folder = tempFolder();
let now = new Date('2026-12-11T09:00:00+08:00');
const usernames: Record<string, string> = {};
/** Moves the clock; everyone signs in again, as the idle lock would otherwise have ended the sessions. */
const at = async (time: string) => {
  now = new Date(`2026-12-11T${time}:00+08:00`);
  for (const [name, username] of Object.entries(usernames)) {
    const client = newClient();
    await callAs(core, client, 'session:signIn', { username, password: testPassword });
    clients[name] = client;
  }
};
let core: Core;
let units: { id: string; name: string }[] = [];
const clients: Record<string, string> = {};
let concernId = '';

async function userIn(
  admin: string,
  name: string,
  unitIndex: number,
  roles: Role[],
): Promise<void> {
  const username = `u${randomUUID().slice(0, 8)}`;
  await callAs(core, admin, 'users:create', {
    username,
    displayName: `测试 ${username}`,
    unitId: units[unitIndex]?.id ?? null,
    roles,
    password: testPassword,
  });
  const client = newClient();
  await callAs(core, client, 'session:signIn', { username, password: testPassword });
  usernames[name] = username;
  clients[name] = client;
}

const todoConcerns = (todo: PersonalTodo): ConcernSummary[] => {
  const section = todo.sections.find((entry) => entry.id === 'concerns');
  return section?.id === 'concerns' ? [...section.items] : [];
};

const concernActions = () =>
  (
    core.db
      .prepare(
        "SELECT action FROM audit_log WHERE subject_kind = 'concern' AND subject_id = ? ORDER BY seq",
      )
      .all(concernId) as { action: string }[]
  ).map((row) => row.action);

beforeAll(async () => {
  core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web', now: () => now });
  const admin = await setUpInstallation(core);
  units = (await callAs(core, admin, 'units:list', {})).map(({ id, name }) => ({ id, name }));
  await userIn(admin, 'news', 0, ['newsOfficeReviewer']);
  await userIn(admin, 'unit', 1, ['drafter']);
  await userIn(admin, 'unitSigner', 1, ['spokesperson', 'unitHead', 'clearanceReviewer']);
  await userIn(admin, 'other', 2, ['drafter', 'unitHead']);
});

afterAll(() => {
  core.close();
  folder.remove();
});

describe('a 重大 item registered at 09:00', () => {
  it('is registered by the news office with a 5-hour and a 24-hour countdown', async () => {
    const item = await callAs(core, clients.news ?? '', 'concerns:register', {
      source: 'internet',
      firstSeenAt: '2026-12-11T09:00:00+08:00',
      summary: '网传城区某小学食堂食材过期，家长聚集反映。\n相关帖文转发量较大。',
      links: ['https://weibo.com/example/1'],
      unitIds: [units[1]?.id ?? ''],
      level: 'major',
      clockMarked: false,
    });
    concernId = item.id;
    expect(item.clock).toMatchObject({
      infoLeftMs: 5 * 3_600_000,
      conferenceLeftMs: 24 * 3_600_000,
      infoOverdue: false,
    });
    expect(item.overdue).toBe(false);
    const general = await callAs(core, clients.news ?? '', 'concerns:register', {
      source: 'hotline',
      firstSeenAt: '2026-12-11T08:00:00+08:00',
      summary: '市民来电反映路灯不亮。',
      links: [],
      unitIds: [units[2]?.id ?? ''],
      level: 'general',
      clockMarked: false,
    });
    expect(general.clock).toBeNull();
  });

  it('is seen by the unit concerned and refused by main to a unit not concerned', async () => {
    const seen = await callAs(core, clients.unit ?? '', 'concerns:get', { concernId });
    expect(seen.id).toBe(concernId);
    const refused = await core.router.dispatch(
      'concerns:get',
      { concernId },
      `web:${clients.other}`,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const otherList = await callAs(core, clients.other ?? '', 'concerns:list', {});
    expect(otherList.map((item) => item.id)).not.toContain(concernId);
    const report = await core.router.dispatch(
      'concerns:exportReport',
      { concernId },
      `web:${clients.other}`,
    );
    expect(report).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('goes through 研判: assignment, the unit’s proposal, a 会商, each step audited', async () => {
    await at('09:20');
    await callAs(core, clients.news ?? '', 'concerns:assign', {
      concernId,
      unitId: units[1]?.id ?? '',
      deadline: '2026-12-11T11:00:00+08:00',
    });
    const notAssigned = await core.router.dispatch(
      'concerns:propose',
      { concernId, proposal: 'watch', reason: '不是本单位' },
      `web:${clients.other}`,
    );
    expect(notAssigned).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await at('10:00');
    await callAs(core, clients.unit ?? '', 'concerns:propose', {
      concernId,
      proposal: 'respond',
      reason: '涉及学生食品安全，应及时发布权威信息。',
    });
    const consulted = await callAs(core, clients.news ?? '', 'concerns:consult', {
      concernId,
      participants: '新闻办、县教育体育局、县市场监管局',
      decision: '由县教育体育局召开新闻发布会回应。',
    });
    expect(consulted.steps.map((step) => step.details.kind)).toEqual([
      'register',
      'assign',
      'propose',
      'consult',
    ]);
    expect(concernActions()).toEqual([
      'concern.register',
      'concern.assign',
      'concern.propose',
      'concern.consult',
    ]);
  });

  it('at 14:01 without a release is overdue on the unit’s 待办 and the news office’s home', async () => {
    await at('13:59');
    const before = todoConcerns(await callAs(core, clients.unit ?? '', 'workspace:todo', {}));
    expect(before.find((item) => item.id === concernId)?.clock?.infoOverdue).toBe(false);
    await at('14:01');
    const unitItem = todoConcerns(
      await callAs(core, clients.unit ?? '', 'workspace:todo', {}),
    ).find((item) => item.id === concernId);
    expect(unitItem).toMatchObject({
      overdue: true,
      clock: { infoOverdue: true, conferenceOverdue: false, infoLeftMs: -60_000 },
    });
    const newsTodo = todoConcerns(await callAs(core, clients.news ?? '', 'workspace:todo', {}));
    expect(newsTodo.map((item) => item.id)).toEqual([concernId]);
    expect(todoConcerns(await callAs(core, clients.other ?? '', 'workspace:todo', {}))).toEqual([]);
  });
});

describe('responding through the emergency fast track', () => {
  it('opens an emergency request prefilled from the item, linked to it', async () => {
    await at('14:10');
    const item = await callAs(core, clients.news ?? '', 'concerns:openEmergency', { concernId });
    const requestId = item.requestId ?? '';
    const request = await callAs(core, clients.news ?? '', 'requests:get', { requestId });
    expect(request.fields).toMatchObject({ unitId: units[1]?.id, isEmergency: true });
    expect(request.fields.title).toContain('网传城区某小学食堂食材过期');
    expect(request.fields.content.summary).toContain('相关帖文转发量较大');
    expect(request.fields.content.summary).toContain('https://weibo.com/example/1');
    const again = await core.router.dispatch(
      'concerns:openEmergency',
      { concernId },
      `web:${clients.news}`,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('drafts a 政务新媒体 release or a 答记者问 from an item on the same fast track', async () => {
    for (const [form, wording] of [
      ['newMedia', '的政务新媒体发布'],
      ['pressQuestions', '答记者问'],
    ] as const) {
      const other = await callAs(core, clients.news ?? '', 'concerns:register', {
        source: 'media',
        firstSeenAt: '2026-12-11T13:00:00+08:00',
        summary: '有媒体报道城区道路施工影响学生上学。',
        links: [],
        unitIds: [units[1]?.id ?? ''],
        level: 'major',
        clockMarked: false,
      });
      const item = await callAs(core, clients.news ?? '', 'concerns:openEmergency', {
        concernId: other.id,
        form,
      });
      const request = await callAs(core, clients.news ?? '', 'requests:get', {
        requestId: item.requestId ?? '',
      });
      expect(request.fields).toMatchObject({ form, isEmergency: true, unitId: units[1]?.id });
      expect(request.fields.content.conferenceKind).toBeNull();
      expect(request.fields.title).toContain(wording);
      expect(request.fields.content.summary).toContain('道路施工');
    }
  });

  it('closes with its response time once the request’s release is exported', async () => {
    const news = clients.news ?? '';
    const { requestId } = await callAs(core, news, 'concerns:get', { concernId });
    const release = await callAs(core, news, 'materials:create', {
      requestId: requestId ?? '',
      kind: 'pressRelease',
    });
    const opened = await callAs(core, news, 'materials:open', { materialId: release.id });
    await callAs(core, news, 'materials:save', {
      materialId: release.id,
      revision: opened.revision,
      document: JSON.stringify(
        materialDocumentOf([
          headingJson('h1', '关于城区某小学食堂食材情况的通报'),
          paragraphJson('经核查，该校食堂食材均在保质期内，网传信息不实。'),
        ]),
      ),
    });
    await callAs(core, news, 'materials:close', { materialId: release.id });
    const checklist = await callAs(core, clients.unitSigner ?? '', 'materials:checklist', {
      materialId: release.id,
    });
    for (const status of checklist.items) {
      if (!status.applies || !status.item.required || status.current) continue;
      await callAs(core, clients.unitSigner ?? '', 'materials:sign', {
        materialId: release.id,
        itemId: status.item.id,
        contentHash: checklist.contentHash,
        note: '已审核。',
        evidence: [],
      });
    }
    await callAs(core, news, 'requests:fastTrack', {
      requestId: requestId ?? '',
      comment: '情况紧急，先行发布',
    });
    expect((await callAs(core, news, 'concerns:get', { concernId })).closedAt).toBeNull();
    await at('15:30');
    await callAs(core, clients.news ?? '', 'materials:exportDocument', {
      materialId: release.id,
      draft: false,
    });
    const closed = await callAs(core, clients.news ?? '', 'concerns:get', { concernId });
    expect(closed.closedAt).toBe(new Date('2026-12-11T15:30:00+08:00').toISOString());
    expect(closed.responseMs).toBe(6.5 * 3_600_000);
    expect(closed.overdue).toBe(false);
    expect(concernActions().slice(-2)).toEqual(['concern.emergency', 'concern.close']);
    expect(todoConcerns(await callAs(core, clients.unit ?? '', 'workspace:todo', {}))).toEqual([]);
  });

  it('writes the 舆情专报 in the document layout, converted by LibreOffice', async () => {
    const file = await callAs(core, clients.news ?? '', 'concerns:exportReport', { concernId });
    expect(file.fileName).toBe('20261211-舆情专报.docx');
    const pdfPath = await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
      outDir: join(documentTestOutput, 'concerns'),
      name: 'concern-report',
    });
    const pdf = await readPdf(pdfPath);
    const text = withoutWhitespace(
      pdf.pages.flatMap((page) => pageRegions(page).body.map((line) => line.text)).join(''),
    );
    for (const expected of [
      '舆情专报',
      '重大',
      '研判经过',
      '提出研判意见：回应',
      '用时6小时30分',
    ]) {
      expect(text).toContain(withoutWhitespace(expected));
    }
    // Nothing but the page number outside the text block.
    for (const page of pdf.pages) expect(pageRegions(page).header).toEqual([]);
  }, 120_000);
});
