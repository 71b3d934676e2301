import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startWebApp } from '../../e2e/support/webApp.ts';
import { testPassword } from '../../main/core/testing/accounts.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { approvedEvent } from '../../main/core/transcripts/testing/approvedEvent.ts';
import type { TranscriptView } from '../../shared/domain/transcriptViews.ts';
import { startBareServer } from './harness.ts';
import type { Comparison } from './measure.ts';
import { okValue, postRpc, rpcTarget, type RpcTarget } from './rpcTarget.ts';

export const turnText = (index: number): string =>
  `第${index + 1}条：今年以来，全县新增公办学位三千个，课后服务实现全覆盖。`;

/** Unrecorded commits first, so that the first 100 measure a short transcript, not a cold JIT. */
const warmup = 50;

const call = (channel: string, input: unknown): string => JSON.stringify({ channel, input });

/** Milliseconds from sending `body` to having the whole reply. */
async function timedPost(target: RpcTarget, body: string): Promise<number> {
  const started = performance.now();
  okValue(await postRpc(target, body));
  return performance.now() - started;
}

/**
 * `turns` commits over POST /rpc to web mode (after `warmup` more) (a process of its own, as the capture page calls
 * it), each interleaved with the bare equivalent: one INSERT committed with the same durability
 * by a bare node:http process, replying with the same bytes. The note-taker signs in and starts
 * capture over /rpc first, on an installation with an approved event.
 */
export async function commitOverRpc(turns: number): Promise<{
  readonly samples: number[];
  readonly baseline: number[];
  readonly baselineText: string;
}> {
  const folder = tempFolder('workbench-bench-rpc-');
  const dataDir = join(folder.path, 'data');
  const event = await approvedEvent(dataDir);
  event.core.close();
  const app = await startWebApp({ dataDir });
  const appTarget = rpcTarget(Number(new URL(app.origin).port), app.token);
  try {
    const username = 'jilu';
    okValue(await postRpc(appTarget, call('session:signIn', { username, password: testPassword })));
    const { requestId } = event;
    const started = okValue<TranscriptView>(
      await postRpc(appTarget, call('transcripts:start', { requestId })),
    );
    const speakers = started.speakers.map((speaker) => speaker.id);
    const commit = (index: number): string =>
      call('transcripts:commitTurn', {
        requestId,
        turnId: randomUUID(),
        speakerId: speakers[index % speakers.length],
        text: turnText(index),
        startedAt: null,
      });
    const reply = await postRpc(appTarget, commit(0));
    okValue(reply);
    const bare = await startBareServer([{ request: commit(0), body: reply }], {
      commitDb: join(folder.path, 'bare.sqlite'),
    });
    const bareTarget = rpcTarget(bare.port, 'not-checked');
    try {
      const samples: number[] = [];
      const baseline: number[] = [];
      for (let index = 1; index <= warmup + turns; index++) {
        const measured = await timedPost(appTarget, commit(index));
        const bareMeasured = await timedPost(bareTarget, commit(index));
        if (index <= warmup) continue;
        samples.push(measured);
        baseline.push(bareMeasured);
      }
      for (const [name, { freshSockets }] of [
        ['web mode', appTarget],
        ['baseline', bareTarget],
      ] as const) {
        if (freshSockets > 1) console.warn(`  note: ${name} opened ${freshSockets} connections`);
      }
      const bytes = Buffer.byteLength(reply);
      return {
        samples,
        baseline,
        baselineText: `bare node:http process committing the same POST body as one row (INSERT, WAL, synchronous=FULL) and replying with the same ${bytes} bytes, keep-alive`,
      };
    } finally {
      bareTarget.agent.destroy();
      await bare.stop();
    }
  } finally {
    appTarget.agent.destroy();
    await app.stop();
    folder.remove();
  }
}

/** The rows of the over-/rpc figure: all turns (p99 goal), and the last 100 against the first 100. */
export function rpcCommitComparisons(
  turns: number,
  measured: Awaited<ReturnType<typeof commitOverRpc>>,
): Comparison[] {
  const { samples, baseline, baselineText } = measured;
  return [
    {
      what: `commit over POST /rpc, all ${turns}`,
      baseline: baselineText,
      unit: 'ms',
      samples,
      baselineSamples: baseline,
      goal: { text: 'p99 ≤ 5 ms', holds: (figure) => figure.p99 <= 5 },
    },
    {
      what: 'commit over POST /rpc, last 100 vs first 100',
      baseline: 'the first 100 commits over POST /rpc of the same run',
      unit: 'ms',
      samples: samples.slice(-100),
      baselineSamples: samples.slice(0, 100),
      goal: { text: 'flat: median ≤ 1.2× first 100', holds: (figure) => figure.ratio <= 1.2 },
    },
  ];
}
