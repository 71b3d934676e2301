import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../../shared/domain/evaluation.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import {
  fixtureExpected,
  fixtureQa,
  fixtureRelease,
  fixtureScript,
} from '../../../shared/rules/testing/evaluationFixture.ts';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { callAs, newClient, testPassword } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from '../transcripts/testing/approvedEvent.ts';
import { storeFixtureMaterial, takeFixtureTranscript } from './testing/fixtureEvent.ts';

const folder = tempFolder();
let event: ApprovedEvent;
let beforeReview = '';
let otherUnit: string;
let authority: string;

async function refusal(client: string, channel: string, input: unknown) {
  const result = await event.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'ok' : result.error.code;
}

async function userOfOtherUnit(username: string, roles: Role[]): Promise<string> {
  const { core, admin } = event;
  const units = await callAs(core, admin, 'units:list', {});
  const other = units.find((unit) => unit.id !== event.unitId && unit.id !== units[0]?.id);
  await callAs(core, admin, 'users:create', {
    username,
    displayName: username,
    unitId: other?.id ?? null,
    roles,
    password: testPassword,
  });
  const client = newClient();
  await callAs(core, client, 'session:signIn', { username, password: testPassword });
  return client;
}

beforeAll(async () => {
  event = await approvedEvent(folder.path);
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
  beforeReview = await refusal(reviewer, 'evaluation:get', { requestId });
  await callAs(core, reviewer, 'transcripts:review', { requestId, revision: view.revision });
  otherUnit = await userOfOtherUnit('minzheng', ['drafter', 'spokesperson']);
  authority = await userOfOtherUnit('zhuguan', ['authorityApprover']);
}, 60_000);
afterAll(() => {
  event.core.close();
  folder.remove();
});

const findingsOf = (view: EvaluationView, kind: string) =>
  view.findings.filter((finding) => finding.kind === kind);

describe('evaluation:get', () => {
  it('is refused until the transcript is reviewed', () => {
    expect(beforeReview).toBe('invalid_state');
  });

  it('lists the must-hold findings, each at its turn with speaker and time', async () => {
    const view = await callAs(event.core, event.reviewer, 'evaluation:get', {
      requestId: event.requestId,
    });
    const turnOf = (kind: string) => findingsOf(view, kind).map((finding) => finding.turn?.seq);
    expect(turnOf('figureDiffers')).toEqual([fixtureExpected.figure]);
    expect(turnOf('wordingSpoken')).toEqual([fixtureExpected.wording]);
    expect(turnOf('unsayableRepeated')).toEqual([fixtureExpected.unsayable]);
    expect(turnOf('questionUnprepared')).toEqual([fixtureExpected.unprepared]);
    expect(findingsOf(view, 'answerNeverAsked').map((finding) => finding.question)).toEqual([
      fixtureExpected.neverAsked,
    ]);
    const [figure] = findingsOf(view, 'figureDiffers');
    expect(figure).toMatchObject({
      words: ['1.3亿元', '1.2亿元'],
      turn: { speakerLabel: '赵发布' },
      source: { label: '新闻通稿·第1段' },
      mark: null,
    });
    expect(view).toMatchObject({ canMark: true, canAddToLibrary: true, hasRecording: false });
  });

  it('is open to the event’s unit and closed to other units and the authority', async () => {
    const { requestId } = event;
    const own = await callAs(event.core, event.noteTaker, 'evaluation:get', { requestId });
    expect(own.canMark).toBe(false);
    expect(await refusal(otherUnit, 'evaluation:get', { requestId })).toBe('not_found');
    expect(await refusal(authority, 'evaluation:get', { requestId })).toBe('forbidden');
  });

  it('is offered on the transcript to those it is open to, by the same rule', async () => {
    const { core, requestId } = event;
    const readable = async (client: string) =>
      (await callAs(core, client, 'transcripts:get', { requestId })).evaluationReadable;
    expect(await readable(event.reviewer)).toBe(true);
    expect(await readable(event.noteTaker)).toBe(true);
    expect(await readable(authority)).toBe(false);
  });
});

describe('evaluation:mark', () => {
  it('lets only the news office mark, keeps the mark and audits it', async () => {
    const { core, reviewer, noteTaker, admin, requestId } = event;
    const view = await callAs(core, reviewer, 'evaluation:get', { requestId });
    const [figure] = findingsOf(view, 'figureDiffers');
    const input = {
      requestId,
      findingKey: figure?.key ?? '',
      status: 'verified',
      note: '已与县财政局核对，应为1.2亿元，口误。',
    } as const;
    expect(await refusal(noteTaker, 'evaluation:mark', input)).toBe('forbidden');
    const marked = await callAs(core, reviewer, 'evaluation:mark', input);
    const again = await callAs(core, noteTaker, 'evaluation:get', { requestId });
    for (const seen of [marked, again]) {
      expect(findingsOf(seen, 'figureDiffers')[0]?.mark).toMatchObject({
        status: 'verified',
        note: input.note,
        markedByName: '测试用户 shenhe',
      });
    }
    const audit = await callAs(core, admin, 'audit:list', {});
    const row = audit.find((entry) => entry.action === 'evaluation.marked');
    expect(row).toMatchObject({ subjectKind: 'evaluation', subjectId: requestId });
    expect(JSON.stringify(row)).toContain(input.note);
    expect(
      await refusal(reviewer, 'evaluation:mark', { ...input, findingKey: 'figureDiffers:x:0' }),
    ).toBe('not_found');
  });
});

describe('evaluation:addToLibrary', () => {
  it('drafts a 口径 owned by the event’s unit from an unprepared question', async () => {
    const { core, reviewer, requestId, unitId } = event;
    const view = await callAs(core, reviewer, 'evaluation:get', { requestId });
    const [question] = findingsOf(view, 'questionUnprepared');
    const answer = await callAs(core, reviewer, 'evaluation:addToLibrary', {
      requestId,
      findingKey: question?.key ?? '',
    });
    expect(answer).toMatchObject({
      status: 'draft',
      ownerUnitId: unitId,
      question: fixtureScript[fixtureExpected.unprepared - 1]?.[1],
    });
    const found = await callAs(core, reviewer, 'answers:search', { text: '校外培训' });
    expect(found.map((item) => item.id)).toContain(answer.id);
    const again = await callAs(core, reviewer, 'evaluation:addToLibrary', {
      requestId,
      findingKey: question?.key ?? '',
    });
    expect(again.id).toBe(answer.id);
    const drafts = core.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'answer.create'")
      .get();
    expect(drafts?.['n']).toBe(1);
    const [figure] = findingsOf(view, 'figureDiffers');
    expect(
      await refusal(reviewer, 'evaluation:addToLibrary', { requestId, findingKey: figure?.key }),
    ).toBe('invalid_state');
  });
});

describe('the 发布评估 Word file', () => {
  let text = '';

  beforeAll(async () => {
    const file = await callAs(event.core, event.reviewer, 'evaluation:exportWord', {
      requestId: event.requestId,
    });
    expect(file.fileName).toBe('20261210-县教育体育局-发布评估.docx');
    const pdfPath = await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
      outDir: join(documentTestOutput, 'evaluation'),
      name: 'evaluation',
    });
    const pdf = await readPdf(pdfPath);
    text = withoutWhitespace(pdf.pages.map((page) => page.text).join(''));
  }, 240_000);

  it('lists the findings in turn order, with both sides and the mark', () => {
    const order = [
      '（1）数字与材料不一致',
      '1.3亿元',
      '新闻通稿·第1段',
      '1.2亿元',
      '核实：已核实',
      '（2）说到禁用词或敏感词',
      '禁用词表（建议：力度较大）',
      '（3）说了不可说的内容',
      '答问口径·第1问·不可说',
      '（4）提问无准备口径',
      '校外培训机构',
      '二、未被问及的准备口径',
      '校车安全如何保障',
    ];
    const places = order.map((part) => text.indexOf(part));
    expect(
      places.every((place) => place >= 0),
      JSON.stringify(places),
    ).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
