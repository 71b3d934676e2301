import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startWebApp } from '../../e2e/support/webApp.ts';
import { startBareServer } from './harness.ts';
import { interleave, type Benchmark } from './measure.ts';
import { postRpc, rpcTarget, type RpcTarget } from './rpcTarget.ts';

const calls = 2_000;
const blocks = 10;
const callBody = JSON.stringify({ channel: 'app:info', input: {} });

/** `count` sequential calls, each timed on its own. */
async function timedCalls(target: RpcTarget, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await postRpc(target, callBody);
    samples.push(performance.now() - start);
  }
  return samples;
}

export const rpcRoundTrip: Benchmark = {
  name: '/rpc round trip',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
    const app = await startWebApp({ dataDir });
    const appTarget = rpcTarget(Number(new URL(app.origin).port), app.token);
    try {
      const reply = await postRpc(appTarget, callBody);
      if (!(JSON.parse(reply) as { ok?: unknown }).ok) throw new Error(`app:info: ${reply}`);
      const bare = await startBareServer([{ request: callBody, body: reply }]);
      const bareTarget = rpcTarget(bare.port, 'not-checked');
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
