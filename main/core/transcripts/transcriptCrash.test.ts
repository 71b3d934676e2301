import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranscriptView } from '../../../shared/domain/transcriptViews.ts';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { approvedEvent } from './testing/approvedEvent.ts';
import { rpcClient } from './testing/rpcClient.ts';
import { recordingPath } from './transcriptAudio.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

const rounds = 20;
const recordingId = randomUUID();
const chunkOf = (index: number) => Buffer.from(`<chunk ${index}>`.padEnd(64, '.'));

interface Acknowledged {
  readonly turns: { id: string; text: string }[];
  readonly chunks: number[];
}

/**
 * One life of the server: web mode on the data folder, signed in over /rpc, committing turns (and
 * now and then an audio chunk) as fast as it answers, killed with SIGKILL a random while after
 * the first acknowledgement. Only calls that returned count as acknowledged.
 */
async function runAndKill(
  dataDir: string,
  requestId: string,
  round: number,
  into: Acknowledged,
): Promise<void> {
  const child = spawn(
    process.execPath,
    ['main/core/cli/webMain.ts', '--data-dir', dataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /WORKBENCH_URL=(\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web mode exited (${code})`)));
  });
  const call = rpcClient(url);
  await call('session:signIn', { username: 'jilu', password: 'correct horse 1' });
  const view = await call<TranscriptView>('transcripts:get', { requestId });
  const speakers = view.speakers.map((speaker) => speaker.id);
  let chunks = view.recordings.find((recording) => recording.id === recordingId)?.chunks ?? 0;
  let armed = false;
  try {
    for (let i = 0; ; i++) {
      const text = `第${round}轮第${i}句：全县新增公办学位三千个。`;
      const turnId = randomUUID();
      await call('transcripts:commitTurn', {
        requestId: view.event.requestId,
        turnId,
        speakerId: speakers[i % speakers.length],
        text,
        startedAt: null,
      });
      into.turns.push({ id: turnId, text });
      if (i % 4 === 0) {
        await call('transcripts:appendAudio', {
          requestId: view.event.requestId,
          recordingId,
          index: chunks,
          elapsedMs: (chunks + 1) * 2000,
          contentBase64: chunkOf(chunks).toString('base64'),
        });
        into.chunks.push(chunks);
        chunks += 1;
      }
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 200));
      }
    }
  } catch {
    // The server was killed mid-call: that call was never acknowledged.
  }
  await exited;
}

describe('transcript crash safety through /rpc', () => {
  it(`keeps every acknowledged turn and audio chunk across ${rounds} SIGKILLs`, async () => {
    const dataDir = join(folder.path, 'data');
    const event = await approvedEvent(dataDir);
    const { requestId } = event;
    const start = await event.core.router.dispatch(
      'transcripts:start',
      { requestId },
      `web:${event.noteTaker}`,
    );
    expect(start.ok).toBe(true);
    await event.core.router.dispatch(
      'transcripts:beginRecording',
      { requestId, recordingId, mediaType: 'audio/webm' },
      `web:${event.noteTaker}`,
    );
    event.core.close();

    const acknowledged: Acknowledged = { turns: [], chunks: [] };
    for (let round = 0; round < rounds; round++)
      await runAndKill(dataDir, requestId, round, acknowledged);
    expect(acknowledged.turns.length).toBeGreaterThan(rounds);

    const db = new DatabaseSync(join(dataDir, 'workbench.sqlite'));
    try {
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      const stored = new Map(
        (
          db
            .prepare('SELECT id, seq, text FROM transcript_turns WHERE request_id = ?')
            .all(requestId) as { id: string; seq: number; text: string }[]
        ).map((row) => [row.id, row]),
      );
      const missing = acknowledged.turns.filter((turn) => stored.get(turn.id)?.text !== turn.text);
      expect(missing).toEqual([]);
      const seqs = acknowledged.turns.map((turn) => stored.get(turn.id)?.seq ?? 0);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      const indexed = db
        .prepare("SELECT count(*) AS n FROM search_documents WHERE kind = 'transcriptTurn'")
        .get() as { n: number };
      expect(indexed.n).toBe(stored.size);
      expect(verifyAuditChain(db)).toMatchObject({ intact: true });

      const recording = db
        .prepare('SELECT bytes, chunks FROM transcript_recordings WHERE id = ?')
        .get(recordingId) as { bytes: number; chunks: number };
      expect(recording.chunks).toBeGreaterThanOrEqual(acknowledged.chunks.length);
      const expected = Buffer.concat(
        Array.from({ length: recording.chunks }, (_unused, index) => chunkOf(index)),
      );
      const path = recordingPath(join(dataDir, 'attachments'), requestId, {
        id: recordingId,
        mediaType: 'audio/webm',
      });
      const fd = openSync(path, 'r');
      const kept = Buffer.alloc(recording.bytes);
      readSync(fd, kept, 0, recording.bytes, 0);
      closeSync(fd);
      expect(kept.equals(expected)).toBe(true);
    } finally {
      db.close();
    }
  }, 120_000);
});
