import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardTopics, TopicCounts } from '../../../shared/domain/boardTopics.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../shared/lexical/materialJson.ts';
import { fixtureQa, fixtureRelease } from '../../../shared/rules/testing/evaluationFixture.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { callAs, newClient, signedInUser, testPassword } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from '../transcripts/testing/approvedEvent.ts';
import { storeFixtureMaterial, takeFixtureTranscript } from '../evaluation/testing/fixtureEvent.ts';

/**
 * The board's 发布评估 and 舆情 counts (issues 19 and 21), through the router on a set clock: the
 * must-hold event of issue 19 held on 10 December, reviewed, its 1.3亿元 finding marked 已核实; a
 * 重大 item answered by an exported release after 6½ hours; a 特别重大 item never answered.
 */
const folder = tempFolder();
const hour = 3_600_000;
let event: ApprovedEvent;
let units: { id: string; name: string }[] = [];
let topics: BoardTopics;
const clients: Record<'news' | 'signer' | 'authority' | 'drafter', string> = {
  news: '',
  signer: '',
  authority: '',
  drafter: '',
};
const usernames = { news: 'xinwen', signer: 'qianshu', authority: 'zhuguanbm', drafter: 'jingban' };

/** Moves the clock to a Shanghai time of 27 November; everyone signs in again (the idle lock). */
async function at(time: string): Promise<void> {
  const target = new Date(`2026-11-27T${time}:00+08:00`).getTime();
  event.clock.advance(target - event.clock.now().getTime());
  for (const [name, username] of Object.entries(usernames)) {
    const client = newClient();
    await callAs(event.core, client, 'session:signIn', { username, password: testPassword });
    clients[name as keyof typeof clients] = client;
  }
}

/** The must-hold event: transcript taken, reviewed, the 1.3亿元 finding marked 已核实. */
async function reviewedEvent(): Promise<void> {
  const { core, admin, noteTaker, reviewer, requestId, clock } = event;
  storeFixtureMaterial(core, requestId, 'pressRelease', fixtureRelease, clock.now());
  storeFixtureMaterial(core, requestId, 'qa', fixtureQa, clock.now());
  await callAs(core, admin, 'wording:save', {
    kind: 'forbidden',
    word: '史无前例',
    suggestion: '力度较大',
    note: '',
  });
  const view = await takeFixtureTranscript(core, noteTaker, requestId, clock);
  await callAs(core, reviewer, 'transcripts:review', { requestId, revision: view.revision });
  const evaluation = await callAs(core, reviewer, 'evaluation:get', { requestId });
  const figure = evaluation.findings.find((finding) => finding.kind === 'figureDiffers');
  expect(figure?.words).toEqual(['1.3亿元', '1.2亿元']);
  await callAs(core, reviewer, 'evaluation:mark', {
    requestId,
    findingKey: figure?.key ?? '',
    status: 'verified',
    note: '应为1.2亿元，口误。',
  });
}

/** A 重大 item first seen at 09:00, answered by the emergency request's release exported at 15:30. */
async function answeredItem(): Promise<void> {
  const { core } = event;
  const item = await callAs(core, clients.news, 'concerns:register', {
    source: 'internet',
    firstSeenAt: '2026-11-27T09:00:00+08:00',
    summary: '网传城区某小学食堂食材过期，家长聚集反映。',
    links: [],
    unitIds: [units[1]?.id ?? ''],
    level: 'major',
    clockMarked: false,
  });
  await callAs(core, clients.news, 'concerns:assign', {
    concernId: item.id,
    unitId: units[1]?.id ?? '',
    deadline: '2026-11-27T12:00:00+08:00',
  });
  const { requestId } = await callAs(core, clients.news, 'concerns:openEmergency', {
    concernId: item.id,
  });
  const release = await callAs(core, clients.news, 'materials:create', {
    requestId: requestId ?? '',
    kind: 'pressRelease',
  });
  const opened = await callAs(core, clients.news, 'materials:open', { materialId: release.id });
  await callAs(core, clients.news, 'materials:save', {
    materialId: release.id,
    revision: opened.revision,
    document: JSON.stringify(
      materialDocumentOf([
        headingJson('h1', '关于城区某小学食堂食材情况的通报'),
        paragraphJson('经核查，该校食堂食材均在保质期内，网传信息不实。'),
      ]),
    ),
  });
  await callAs(core, clients.news, 'materials:close', { materialId: release.id });
  const checklist = await callAs(core, clients.signer, 'materials:checklist', {
    materialId: release.id,
  });
  for (const status of checklist.items) {
    if (!status.applies || !status.item.required || status.current) continue;
    await callAs(core, clients.signer, 'materials:sign', {
      materialId: release.id,
      itemId: status.item.id,
      contentHash: checklist.contentHash,
      note: '已审核。',
      evidence: [],
    });
  }
  await callAs(core, clients.news, 'requests:fastTrack', {
    requestId: requestId ?? '',
    comment: '情况紧急，先行发布',
  });
  await at('15:30');
  await callAs(core, clients.news, 'materials:exportDocument', {
    materialId: release.id,
    draft: false,
  });
  const closed = await callAs(core, clients.news, 'concerns:get', { concernId: item.id });
  expect(closed.responseMs).toBe(6.5 * hour);
}

beforeAll(async () => {
  event = await approvedEvent(folder.path);
  const { core, admin } = event;
  units = (await callAs(core, admin, 'units:list', {})).map(({ id, name }) => ({ id, name }));
  await signedInUser(core, admin, ['newsOfficeReviewer'], usernames.news);
  await signedInUser(
    core,
    admin,
    ['spokesperson', 'unitHead', 'clearanceReviewer'],
    usernames.signer,
  );
  await signedInUser(core, admin, ['authorityApprover'], usernames.authority);
  await signedInUser(core, admin, ['drafter'], usernames.drafter);
  await at('10:00');
  await reviewedEvent();
  await at('10:30');
  // Seen at 07:00 on 1 October in Shanghai (still 30 September in UTC): the fourth quarter.
  await callAs(core, clients.news, 'concerns:register', {
    source: 'media',
    firstSeenAt: '2026-10-01T07:00:00+08:00',
    summary: '媒体报道城关镇某小区燃气管道泄漏。',
    links: [],
    unitIds: [units[2]?.id ?? ''],
    level: 'critical',
    clockMarked: false,
  });
  await callAs(core, clients.news, 'concerns:register', {
    source: 'hotline',
    firstSeenAt: '2026-11-20T08:00:00+08:00',
    summary: '市民来电反映路灯不亮。',
    links: [],
    unitIds: [units[2]?.id ?? ''],
    level: 'general',
    clockMarked: false,
  });
  await answeredItem();
  topics = await callAs(core, clients.authority, 'compliance:topics', { year: 2026 });
}, 120_000);

afterAll(() => {
  event.core.close();
  folder.remove();
});

const rowOf = (name: string) => topics.rows.find((row) => row.unitName === name);
const quarterOf = (name: string, quarter: number): TopicCounts | undefined =>
  rowOf(name)?.quarters[quarter - 1];

describe('compliance:topics', () => {
  it('counts the reviewed event and its 已核实 1.3亿元 finding in its unit’s quarter', () => {
    expect(quarterOf('县教育体育局', 4)?.evaluation).toEqual({
      reviewed: 1,
      // The figure, the forbidden word, the 不可说 item and the unprepared question; the
      // prepared answer nobody asked for is only kept for the record.
      findings: 4,
      verified: 1,
    });
    for (const quarter of [1, 2, 3])
      expect(quarterOf('县教育体育局', quarter)?.evaluation.reviewed).toBe(0);
  });

  it('counts the 重大 item answered by an exported release, with its response time', () => {
    expect(quarterOf('县教育体育局', 4)?.concerns).toEqual({
      registered: 1,
      responded: 1,
      respondedWithinInfo: 0,
      respondedWithinConference: 1,
      averageResponseMs: 6.5 * hour,
      longestResponseMs: 6.5 * hour,
      // Answered, but after the 5 hours.
      overdueInfo: 1,
      overdueConference: 0,
    });
  });

  it('counts the unanswered 特别重大 item overdue, in the quarter of its Shanghai date', () => {
    expect(quarterOf('城关镇人民政府', 4)?.concerns).toMatchObject({
      registered: 2,
      responded: 0,
      averageResponseMs: null,
      overdueInfo: 1,
      overdueConference: 1,
    });
    expect(quarterOf('城关镇人民政府', 3)?.concerns.registered).toBe(0);
    expect(topics.totals[3]?.concerns).toMatchObject({
      registered: 3,
      responded: 1,
      overdueInfo: 2,
      overdueConference: 1,
    });
    expect(topics.totals[3]?.evaluation).toEqual({ reviewed: 1, findings: 4, verified: 1 });
    expect(rowOf('县政府新闻办公室')).toBeUndefined();
  });

  it('is refused by main to a user who does not watch the board', async () => {
    const refused = await event.core.router.dispatch(
      'compliance:topics',
      { year: 2026 },
      `web:${clients.drafter}`,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the 通报 of the quarter', () => {
  const sentences = [
    '五、发布评估情况',
    '2026年第四季度，县政府新闻办公室对1场新闻发布活动审定后的文字实录开展了发布评估，对照审定的新闻通稿、答问口径等材料，共发现需关注的问题4个，经核实确认1个。',
    '各单位评估情况：县教育体育局评估1场，确认问题1个。',
    '六、回应社会关切情况',
    '2026年第四季度，县政府新闻办公室共登记涉及各单位的舆情3件，已发布回应1件，其中5小时内回应0件、24小时内回应1件，平均用时6小时30分，最长用时6小时30分；尚在办理2件。',
    '纳入回应时限管理的重大舆情中，超过5小时未发布权威信息的2件，超过24小时未回应的1件，涉及县教育体育局1件、城关镇人民政府1件。',
  ];

  it('says how the quarter’s events were reviewed and its 舆情 answered', async () => {
    const draft = await callAs(event.core, clients.news, 'compliance:noticeDraft', {
      year: 2026,
      quarter: 4,
    });
    const text = draft.sections.flatMap((section) => [section.heading, ...section.lines]);
    for (const sentence of sentences)
      expect(
        text.some((line) => line.startsWith(sentence)),
        sentence,
      ).toBe(true);
    expect(draft.sections.at(-1)?.heading).toBe('七、下一步工作要求');
    const third = await callAs(event.core, clients.news, 'compliance:noticeDraft', {
      year: 2026,
      quarter: 3,
    });
    expect(JSON.stringify(third.sections)).not.toContain('发布评估');
    expect(JSON.stringify(third.sections)).not.toContain('舆情');
  });

  it('keeps them in the Word file LibreOffice converts', async () => {
    const draft = await callAs(event.core, clients.news, 'compliance:noticeDraft', {
      year: 2026,
      quarter: 4,
    });
    const file = await callAs(event.core, clients.news, 'compliance:exportNotice', {
      year: 2026,
      quarter: 4,
      draft,
      final: true,
    });
    const pdf = await readPdf(
      await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
        outDir: join(documentTestOutput, 'scheduling'),
        name: 'notice-topics',
      }),
    );
    const text = withoutWhitespace(pdf.pages.map((page) => page.text).join(''));
    for (const sentence of sentences) expect(text, sentence).toContain(withoutWhitespace(sentence));
  }, 240_000);
});
