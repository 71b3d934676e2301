import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf } from '../documents/testing/convertDocxToPdf.ts';
import { documentTestOutput } from '../documents/testing/documentTestOutput.ts';
import { withoutWhitespace } from '../documents/testing/pageRegions.ts';
import { readPdf } from '../documents/testing/readPdf.ts';
import { renderPageToPng } from '../documents/testing/renderPageToPng.ts';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from './testing/approvedEvent.ts';

const folder = tempFolder();
let event: ApprovedEvent;

const script: readonly [number, string][] = [
  [0, '各位记者朋友，上午好！欢迎参加今天的新闻发布会。首先请县教育体育局局长赵发布介绍有关情况。'],
  [1, '今年以来，全县新增公办学位三千个，新建改扩建学校十二所，课后服务实现全覆盖。'],
  [1, '下一步，我们将继续推进义务教育优质均衡发展，确保学位供给与适龄人口相匹配。'],
  [0, '下面请记者提问，提问前请通报所在新闻机构。'],
  [4, '请问明年秋季学位是否充足？城区学校大班额问题如何解决？'],
  [2, '感谢您的提问。明年秋季预计新增学位一千二百个，城区大班额将在两年内全部消除。'],
  [0, '今天的发布会到此结束，谢谢大家。'],
];

async function refusal(client: string, channel: string, input: unknown) {
  const result = await event.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'ok' : result.error.code;
}

beforeAll(async () => {
  event = await approvedEvent(folder.path);
  const { core, noteTaker, requestId, clock } = event;
  await callAs(core, noteTaker, 'transcripts:start', { requestId });
  const view = await callAs(core, noteTaker, 'transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '周记者',
    title: '',
    outlet: '县融媒体中心',
  });
  for (const [speaker, text] of script) {
    clock.advance(47_000);
    await callAs(core, noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: view.speakers[speaker]?.id ?? '',
      text,
      startedAt: null,
    });
  }
});
afterAll(() => {
  event.core.close();
  folder.remove();
});

describe('review before export', () => {
  it('refuses export before review, in main', async () => {
    expect(
      await refusal(event.noteTaker, 'transcripts:exportDocument', { requestId: event.requestId }),
    ).toBe('not_reviewed');
  });

  it('refuses review while capturing, and by the note-taker', async () => {
    const { core, noteTaker, reviewer, requestId } = event;
    const { revision } = await callAs(core, reviewer, 'transcripts:get', { requestId });
    expect(await refusal(reviewer, 'transcripts:review', { requestId, revision })).toBe(
      'invalid_state',
    );
    await callAs(core, noteTaker, 'transcripts:end', { requestId });
    expect(await refusal(noteTaker, 'transcripts:review', { requestId, revision })).toBe(
      'forbidden',
    );
  });

  it('refuses the note-taker even with a reviewing role (separation of duties)', async () => {
    const { core, admin, requestId } = event;
    const units = await callAs(core, admin, 'units:list', {});
    await callAs(core, admin, 'users:create', {
      username: 'fayan',
      displayName: '钱发言',
      unitId: units[1]?.id ?? null,
      roles: ['spokesperson'],
      password: 'correct horse 1',
    });
    const spokesperson = `client-${randomUUID()}`;
    await callAs(core, spokesperson, 'session:signIn', {
      username: 'fayan',
      password: 'correct horse 1',
    });
    const view = await callAs(core, spokesperson, 'transcripts:get', { requestId });
    const last = view.turns.at(-1);
    if (!last) throw new Error('no turns');
    await callAs(core, spokesperson, 'transcripts:editTurn', {
      requestId,
      turnId: last.id,
      revision: last.revision,
      speakerId: last.speakerId,
      text: `${last.text}`.replace('谢谢大家', '谢谢各位'),
    });
    const { revision } = await callAs(core, spokesperson, 'transcripts:get', { requestId });
    expect(await refusal(spokesperson, 'transcripts:review', { requestId, revision })).toBe(
      'separation_of_duties',
    );
  });

  it('binds a review to the revision reviewed: an edit afterwards needs a new review', async () => {
    const { core, noteTaker, reviewer, requestId } = event;
    let view = await callAs(core, reviewer, 'transcripts:get', { requestId });
    expect(
      await refusal(reviewer, 'transcripts:review', { requestId, revision: view.revision - 1 }),
    ).toBe('conflict');
    view = await callAs(core, reviewer, 'transcripts:review', {
      requestId,
      revision: view.revision,
    });
    expect(view.status).toBe('reviewed');
    const first = view.turns[0];
    if (!first) throw new Error('no turns');
    await callAs(core, noteTaker, 'transcripts:editTurn', {
      requestId,
      turnId: first.id,
      revision: first.revision,
      speakerId: first.speakerId,
      text: first.text.replace('上午好', '大家上午好'),
    });
    view = await callAs(core, reviewer, 'transcripts:get', { requestId });
    expect(view.status).toBe('ended');
    expect(view.review?.current).toBe(false);
    expect(await refusal(noteTaker, 'transcripts:exportDocument', { requestId })).toBe(
      'not_reviewed',
    );
    await callAs(core, reviewer, 'transcripts:review', { requestId, revision: view.revision });
  });
});

describe('the 文字实录 Word file', () => {
  let text = '';
  let lines: string[] = [];

  beforeAll(async () => {
    const file = await callAs(event.core, event.noteTaker, 'transcripts:exportDocument', {
      requestId: event.requestId,
    });
    expect(file.fileName).toBe('20261210-县教育体育局-文字实录.docx');
    const outDir = join(documentTestOutput, 'transcripts');
    const pdfPath = await convertDocxToPdf(Buffer.from(file.contentBase64, 'base64'), {
      outDir,
      name: 'transcript',
    });
    await renderPageToPng(pdfPath, 1, join(outDir, 'transcript-page-1.png'));
    const pdf = await readPdf(pdfPath);
    text = withoutWhitespace(pdf.pages.map((page) => page.text).join(''));
    lines = pdf.pages.flatMap((page) => page.text.split('\n')).map(withoutWhitespace);
  }, 240_000);

  it('opens with title, time, place, host and speakers', () => {
    for (const part of [
      '2026年第四季度教育工作新闻发布会文字实录',
      '时间：2026年12月10日09:30至10:30',
      '地点：县政府新闻发布厅',
      '主持人：县政府新闻办主任李主持',
      '发布人：县教育体育局局长赵发布、县教育体育局新闻发言人钱发言、副局长孙参加',
      '提问记者：县融媒体中心记者周记者',
    ]) {
      expect(text, part).toContain(withoutWhitespace(part));
    }
  });

  it('holds every turn in order, labelled “[姓名] … [时间]”', () => {
    const labels = [
      '李主持',
      '赵发布',
      '赵发布',
      '李主持',
      '县融媒体中心记者周记者',
      '钱发言',
      '李主持',
    ];
    let from = 0;
    for (const [index, label] of labels.entries()) {
      const at = text.indexOf(`[${label}]`, from);
      expect(at, `turn ${index + 1} [${label}]`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(text).toContain('[李主持]各位记者朋友，大家上午好！');
    expect(text).toContain('谢谢各位。[10:05]');
    expect(lines.some((line) => line.startsWith('[赵发布]今年以来'))).toBe(true);
  });

  it('names who took it down and who reviewed it', () => {
    expect(text).toContain('记录：测试用户jilu、钱发言');
    expect(text).toContain('审核：测试用户shenhe');
  });
});
