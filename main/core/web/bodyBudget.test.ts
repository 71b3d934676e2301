import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest, rpcHeaders } from '../testing/httpRequest.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { BodyBudget } from './bodyBudget.ts';
import { bodyBytesInFlightCap } from './webServer.ts';

const megabyte = 1024 * 1024;
const bodyBytes = 60 * megabyte;
const concurrent = 16;

describe('BodyBudget', () => {
  it('takes what fits, refuses what does not without taking it, and takes back', () => {
    const budget = new BodyBudget(100);
    expect(budget.tryReserve(60)).toBe(true);
    expect(budget.tryReserve(41)).toBe(false);
    expect(budget.inFlight).toBe(60);
    expect(budget.tryReserve(40)).toBe(true);
    budget.release(60);
    budget.release(40);
    expect(budget.inFlight).toBe(0);
    expect(budget.tryReserve(100)).toBe(true);
  });
});

/** Peak and current resident memory of a process, from Linux's /proc. */
function memoryOf(pid: number): { peak: number; current: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { peak: kilobytes('VmHWM'), current: kilobytes('VmRSS') };
}

interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
}

/**
 * A 60 MB call to a public channel, generated as it is sent (one shared megabyte, repeated) so the
 * test process never holds it; with its length declared up front, or sent chunked without one.
 */
function sendLargeCall(port: number, token: string, client: string, declareLength: boolean) {
  const head = Buffer.from('{"channel":"app:info","input":{"padding":"');
  const tail = Buffer.from('"}}');
  const filler = Buffer.alloc(megabyte, 'x');
  const parts = function* () {
    yield head;
    for (let left = bodyBytes - head.length - tail.length; left > 0; left -= megabyte) {
      yield filler.subarray(0, Math.min(left, megabyte));
    }
    yield tail;
  };
  const headers: Record<string, string> = rpcHeaders(port, token, client);
  if (declareLength) headers['Content-Length'] = String(bodyBytes);
  return new Promise<Answer>((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, method: 'POST', path: '/rpc', headers });
    call.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers['retry-after'],
          body: Buffer.concat(chunks).toString('utf8'),
        });
        // A refused call stops sending, as a browser does once it has its answer.
        call.destroy();
      });
    });
    // Settles nothing once answered; before that, a reset instead of an answer fails the test.
    pipeline(Readable.from(parts()), call, (error) => error && reject(error));
  });
}

const folder = tempFolder();
let server: ChildProcess;
let port: number;
let token: string;

beforeAll(async () => {
  const rendererDir = join(folder.path, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = spawn(
    process.execPath,
    [
      'main/core/cli/webMain.ts',
      ...['--data-dir', join(folder.path, 'data'), '--renderer-dir', rendererDir, '--no-open'],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let stdout = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /WORKBENCH_URL=(\S+)/.exec(stdout);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    server.once('exit', (code) => reject(new Error(`web mode exited (${code})`)));
  });
  port = Number(url.port);
  token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
});

afterAll(async () => {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  folder.remove();
});

const appInfo = async () =>
  JSON.parse(
    (
      await httpRequest({
        port,
        method: 'POST',
        path: '/rpc',
        headers: rpcHeaders(port, token),
        body: JSON.stringify({ channel: 'app:info', input: {} }),
      })
    ).body,
  ) as unknown;

describe('web mode under a burst of large calls', () => {
  it(`holds ${concurrent} concurrent 60 MB calls to the cap plus 200 MB, refuses the rest with 503, then serves`, async () => {
    expect(await appInfo()).toMatchObject({ ok: true });
    const pid = server.pid ?? 0;
    const before = memoryOf(pid);

    const answers = await Promise.all(
      Array.from({ length: concurrent }, (_, index) =>
        sendLargeCall(port, token, `load-client-${index}`, index % 2 === 0),
      ),
    );
    const after = memoryOf(pid);

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    expect(statuses).toContain(200);
    for (const answer of answers.filter((item) => item.status === 503)) {
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(JSON.parse(answer.body)).toEqual({ error: 'busy' });
    }
    for (const answer of answers.filter((item) => item.status === 200)) {
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    // Growth over the idle server (about 130 MB of code, database and caches before the burst).
    expect(after.peak - before.current).toBeLessThan(bodyBytesInFlightCap + 200 * megabyte);

    // Every admitted body gave its share back: a normal call, and a large one again, get through.
    expect(await appInfo()).toMatchObject({ ok: true });
    expect((await sendLargeCall(port, token, 'load-client-again', true)).status).toBe(200);
  }, 60_000);

  it('takes back the share of a call cut off halfway', async () => {
    const headers = { ...rpcHeaders(port, token), 'Content-Length': String(bodyBytes) };
    const cut = request({ host: '127.0.0.1', port, method: 'POST', path: '/rpc', headers });
    cut.on('error', () => undefined);
    await new Promise<void>((resolve) => cut.write(Buffer.alloc(megabyte, 'x'), () => resolve()));
    cut.destroy();
    // The server learns of the cut a moment later; a share never given back would refuse forever.
    let status = 503;
    for (let attempt = 0; attempt < 50 && status === 503; attempt++) {
      status = (await sendLargeCall(port, token, 'load-client-after-cut', true)).status;
    }
    expect(status).toBe(200);
  }, 60_000);
});
