import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent, type ApprovedEvent } from './testing/approvedEvent.ts';
import { recordingPath } from './transcriptAudio.ts';

const folder = tempFolder();
let event: ApprovedEvent;
const recordingId = randomUUID();
const chunk = (text: string) => Buffer.from(text).toString('base64');

beforeAll(async () => {
  event = await approvedEvent(folder.path);
  await callAs(event.core, event.noteTaker, 'transcripts:start', { requestId: event.requestId });
});
afterAll(() => {
  event.core.close();
  folder.remove();
});

const append = (index: number, text: string, elapsedMs: number) =>
  event.core.router.dispatch(
    'transcripts:appendAudio',
    { requestId: event.requestId, recordingId, index, elapsedMs, contentBase64: chunk(text) },
    `web:${event.noteTaker}`,
  );

describe('audio recording', () => {
  const path = () =>
    recordingPath(event.core.folder.attachments, event.requestId, {
      id: recordingId,
      mediaType: 'audio/webm;codecs=opus',
    });

  it('appends numbered chunks to the file and counts their duration', async () => {
    const { core, noteTaker, requestId } = event;
    await callAs(core, noteTaker, 'transcripts:beginRecording', {
      requestId,
      recordingId,
      mediaType: 'audio/webm;codecs=opus',
    });
    expect(path()).toMatch(/attachments\/recordings\/.+\.webm$/);
    expect(await append(0, 'AAAA', 2000)).toMatchObject({
      ok: true,
      value: { chunks: 1, bytes: 4 },
    });
    expect(await append(1, 'BBBB', 4000)).toMatchObject({
      ok: true,
      value: { chunks: 2, bytes: 8, durationMs: 4000 },
    });
    expect(readFileSync(path(), 'utf8')).toBe('AAAABBBB');
  });

  it('acknowledges a repeated chunk without writing it twice, and refuses a gap', async () => {
    expect(await append(1, 'BBBB', 4000)).toMatchObject({ ok: true, value: { chunks: 2 } });
    expect(await append(3, 'DDDD', 8000)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(path(), 'utf8')).toBe('AAAABBBB');
  });

  it('drops what an append left behind when a crash came before it was counted', async () => {
    appendFileSync(path(), 'half-written');
    expect(await append(2, 'CCCC', 6000)).toMatchObject({ ok: true, value: { bytes: 12 } });
    expect(readFileSync(path(), 'utf8')).toBe('AAAABBBBCCCC');
  });

  it('reads back what was counted, in pieces', async () => {
    const { core, noteTaker, requestId } = event;
    const piece = await callAs(core, noteTaker, 'transcripts:readAudio', {
      requestId,
      recordingId,
      offset: 4,
      length: 100,
    });
    expect(piece).toMatchObject({ totalBytes: 12, mediaType: 'audio/webm;codecs=opus' });
    expect(Buffer.from(piece.contentBase64, 'base64').toString()).toBe('BBBBCCCC');
  });

  it('finishes with the file’s hash; a finished recording takes no more chunks', async () => {
    const { core, noteTaker, requestId } = event;
    const finished = await callAs(core, noteTaker, 'transcripts:finishRecording', {
      requestId,
      recordingId,
    });
    expect(finished).toMatchObject({ bytes: 12, durationMs: 6000 });
    expect(finished.finishedAt).not.toBeNull();
    expect(await append(3, 'DDDD', 8000)).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(statSync(path()).size).toBe(12);
    const audit = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'transcript.recordingFinished'")
      .get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({
      bytes: 12,
      sha256: createHash('sha256').update('AAAABBBBCCCC').digest('hex'),
    });
  });
});
