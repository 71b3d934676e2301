import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deliverable } from '../../../shared/domain/transcripts.ts';
import { attachmentPath } from '../attachments/attachmentStore.ts';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from './testing/approvedEvent.ts';

const folder = tempFolder();
let event: ApprovedEvent;
let deliverables: readonly Deliverable[] = [];

async function refusal(client: string, channel: string, input: unknown) {
  const result = await event.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'ok' : `${result.error.code} ${result.error.message}`;
}

/** Uploads `bytes` in chunks of `chunkSize`, as the screen does, and returns the list after. */
async function upload(deliverableId: string, fileName: string, bytes: Buffer, chunkSize = 5) {
  const { core, noteTaker, requestId } = event;
  const { uploadId } = await callAs(core, noteTaker, 'transcripts:beginUpload', {
    requestId,
    deliverableId,
    fileName,
    mediaType: 'image/jpeg',
    size: bytes.length,
  });
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    const contentBase64 = bytes.subarray(offset, offset + chunkSize).toString('base64');
    await callAs(core, noteTaker, 'transcripts:uploadChunk', {
      requestId,
      uploadId,
      offset,
      contentBase64,
    });
    if (offset === 0) {
      // The answer to the first chunk was lost: sent again, it replaces itself.
      await callAs(core, noteTaker, 'transcripts:uploadChunk', {
        requestId,
        uploadId,
        offset,
        contentBase64,
      });
    }
  }
  return callAs(core, noteTaker, 'transcripts:finishUpload', { requestId, uploadId });
}

const idOf = (name: string) => deliverables.find((item) => item.name.startsWith(name))?.id ?? '';

beforeAll(async () => {
  event = await approvedEvent(folder.path);
  const { core, noteTaker, requestId } = event;
  const view = await callAs(core, noteTaker, 'transcripts:start', { requestId });
  deliverables = view.deliverables;
  const withReporter = await callAs(core, noteTaker, 'transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '',
    title: '',
    outlet: '市日报社',
  });
  await callAs(core, noteTaker, 'transcripts:commitTurn', {
    requestId,
    turnId: randomUUID(),
    speakerId: withReporter.speakers.at(-1)?.id ?? '',
    text: '请问城区大班额问题何时解决？',
    startedAt: null,
  });
});
afterAll(() => {
  event.core.close();
  folder.remove();
});

describe('the question queue', () => {
  it('queues a reporter’s question with its answerer, and tracks its follow-up', async () => {
    const { core, noteTaker, requestId } = event;
    const view = await callAs(core, noteTaker, 'transcripts:get', { requestId });
    const reporter = view.speakers.at(-1);
    const answerer = view.speakers[1];
    const questionId = randomUUID();
    let questions = await callAs(core, noteTaker, 'transcripts:addQuestion', {
      requestId,
      questionId,
      reporterId: reporter?.id ?? '',
      text: '城区大班额问题何时解决？',
      answererId: answerer?.id ?? null,
    });
    expect(questions).toMatchObject([
      { state: 'waiting', followUp: 'none', answererId: answerer?.id },
    ]);
    questions = await callAs(core, noteTaker, 'transcripts:updateQuestion', {
      requestId,
      questionId,
      state: 'answered',
      followUp: 'open',
      followUpNote: '会后提供分校区数据。',
    });
    expect(questions).toMatchObject([{ state: 'answered', followUp: 'open' }]);
    const summary = (await callAs(core, noteTaker, 'transcripts:list', {})).find(
      (item) => item.requestId === requestId,
    );
    expect(summary).toMatchObject({ status: 'capturing', turnCount: 1, openFollowUps: 1 });
  });
});

describe('deliverables and closing the event', () => {
  it('stores uploaded files content-addressed, arriving in chunks', async () => {
    const bytes = Buffer.from('通稿全文：今年全县新增公办学位三千个。');
    deliverables = await upload(idOf('通稿'), '通稿.docx', bytes);
    const file = deliverables.find((item) => item.id === idOf('通稿'))?.files[0];
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(file).toMatchObject({ fileName: '通稿.docx', sha256, size: bytes.length });
    expect(readFileSync(attachmentPath(event.core.folder.attachments, sha256))).toEqual(bytes);
  });

  it('attaches the event’s own recording as the full audio', async () => {
    const { core, noteTaker, requestId } = event;
    const recordingId = randomUUID();
    await callAs(core, noteTaker, 'transcripts:beginRecording', {
      requestId,
      recordingId,
      mediaType: 'audio/webm',
    });
    await callAs(core, noteTaker, 'transcripts:appendAudio', {
      requestId,
      recordingId,
      index: 0,
      elapsedMs: 2000,
      contentBase64: Buffer.from('webm-bytes').toString('base64'),
    });
    expect(
      await refusal(noteTaker, 'transcripts:attachRecording', {
        requestId,
        deliverableId: idOf('全程录音'),
        recordingId,
      }),
    ).toMatch(/^invalid_state/);
    await callAs(core, noteTaker, 'transcripts:finishRecording', { requestId, recordingId });
    deliverables = await callAs(core, noteTaker, 'transcripts:attachRecording', {
      requestId,
      deliverableId: idOf('全程录音'),
      recordingId,
    });
    expect(deliverables.find((item) => item.id === idOf('全程录音'))?.files[0]?.fileName).toMatch(
      /^现场录音-.+\.webm$/,
    );
  });

  it('refuses to close while capturing, unreviewed, or short of required deliverables', async () => {
    const { core, noteTaker, reviewer, requestId } = event;
    expect(await refusal(noteTaker, 'transcripts:closeEvent', { requestId })).toMatch(
      /^invalid_state/,
    );
    const ended = await callAs(core, noteTaker, 'transcripts:end', { requestId });
    expect(await refusal(noteTaker, 'transcripts:closeEvent', { requestId })).toMatch(
      /^not_reviewed/,
    );
    await callAs(core, reviewer, 'transcripts:review', { requestId, revision: ended.revision });
    for (let photo = 1; photo <= 7; photo++) {
      deliverables = await upload(idOf('照片'), `照片${photo}.jpg`, Buffer.from(`photo ${photo}`));
    }
    expect(await refusal(noteTaker, 'transcripts:closeEvent', { requestId })).toBe(
      'deliverables_missing 以下必交材料尚未齐全，不能归档：全程录像、照片（至少8张）。',
    );
  });

  it('lets the office relax an item for the event at hand, then closes', async () => {
    const { core, noteTaker, requestId } = event;
    await callAs(core, noteTaker, 'transcripts:updateDeliverable', {
      requestId,
      deliverableId: idOf('全程录像'),
      name: '全程录像（本场未录像）',
      required: false,
      minFiles: 1,
    });
    deliverables = await upload(idOf('照片'), '照片8.jpg', Buffer.from('photo 8'));
    const closed = await callAs(core, noteTaker, 'transcripts:closeEvent', { requestId });
    expect(closed.status).toBe('closed');
    expect(closed.actions).toEqual(['export', 'trackFollowUps']);
  });

  it('keeps a closed event as it is, but follow-ups go on', async () => {
    const { core, noteTaker, requestId } = event;
    expect(
      await refusal(noteTaker, 'transcripts:removeDeliverableFile', {
        requestId,
        deliverableId: idOf('通稿'),
        sha256: deliverables.find((item) => item.id === idOf('通稿'))?.files[0]?.sha256 ?? '',
      }),
    ).toMatch(/^transcript_closed/);
    const question = (await callAs(core, noteTaker, 'transcripts:get', { requestId })).questions[0];
    expect(
      await refusal(noteTaker, 'transcripts:updateQuestion', {
        requestId,
        questionId: question?.id ?? '',
        state: 'withdrawn',
      }),
    ).toMatch(/^transcript_closed/);
    const questions = await callAs(core, noteTaker, 'transcripts:updateQuestion', {
      requestId,
      questionId: question?.id ?? '',
      followUp: 'done',
    });
    expect(questions[0]?.followUp).toBe('done');
  });
});
