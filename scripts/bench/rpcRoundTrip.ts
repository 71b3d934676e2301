import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startWebApp } from '../../e2e/support/webApp.ts';
import { rpcHeaders } from '../../main/core/testing/httpRequest.ts';
import { startBareServer } from './harness.ts';
import { interleave, type Benchmark } from './measure.ts';

const calls = 2_000;
const blocks = 10;
const callBody = JSON.stringify({ channel: 'app:info', input: {} });

interface Target {
  readonly port: number;
  readonly headers: Record<string, string>;
  readonly agent: Agent;
  /** Calls that had to open a new connection; 1 when keep-alive works. */
  freshSockets: number;
}

/** One POST /rpc over the target's keep-alive agent; resolves with the reply body. */
function call(target: Target): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: '/rpc',
        agent: target.agent,
        headers: { ...target.headers, 'Content-Length': String(Buffer.byteLength(callBody)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(text);
          else reject(new Error(`POST /rpc answered ${res.statusCode}: ${text}`));
        });
      },
    );
    req.on('error', reject);
    if (!req.reusedSocket) target.freshSockets++;
    req.end(callBody);
  });
}

/** `count` sequential calls, each timed on its own. */
async function timedCalls(target: Target, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call(target);
    samples.push(performance.now() - start);
  }
  return samples;
}

const target = (port: number, token: string): Target => ({
  port,
  headers: rpcHeaders(port, token, 'bench-client-0001'),
  agent: new Agent({ keepAlive: true, maxSockets: 1 }),
  freshSockets: 0,
});

export const rpcRoundTrip: Benchmark = {
  name: '/rpc round trip',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
    const app = await startWebApp({ dataDir });
    const appTarget = target(Number(new URL(app.origin).port), app.token);
    try {
      const reply = await call(appTarget);
      if (!(JSON.parse(reply) as { ok?: unknown }).ok) throw new Error(`app:info: ${reply}`);
      const bare = await startBareServer([{ request: callBody, body: reply }]);
      const bareTarget = target(bare.port, 'not-checked');
      try {
        const [measured = [], baseline = []] = await interleave({ warmup: 1, runs: blocks }, [
          () => timedCalls(appTarget, calls / blocks),
          () => timedCalls(bareTarget, calls / blocks),
        ]);
        for (const [name, { freshSockets }] of [
          ['web mode', appTarget],
          ['baseline', bareTarget],
        ] as const) {
          if (freshSockets > 1) console.warn(`  note: ${name} opened ${freshSockets} connections`);
        }
        return [
          {
            what: 'POST /rpc app:info, keep-alive, per call',
            baseline: `bare node:http process reading the same ${Buffer.byteLength(callBody)}-byte POST and replying with the same ${Buffer.byteLength(reply)} bytes`,
            unit: 'ms',
            samples: measured.flat(),
            baselineSamples: baseline.flat(),
          },
        ];
      } finally {
        bareTarget.agent.destroy();
        await bare.stop();
      }
    } finally {
      appTarget.agent.destroy();
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
