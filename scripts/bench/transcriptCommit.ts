import { randomUUID } from 'node:crypto';
import type { TranscriptView } from '../../shared/domain/transcriptViews.ts';
import { join } from 'node:path';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { approvedEvent } from '../../main/core/transcripts/testing/approvedEvent.ts';
import { percentile, timeMs, type Benchmark, type Comparison } from './measure.ts';
import { commitOverRpc, rpcCommitComparisons, turnText } from './transcriptCommitRpc.ts';

const turns = 2000;

const figures = (values: readonly number[]) =>
  `p50 ${percentile(values, 50).toFixed(2)} ms, p99 ${percentile(values, 99).toFixed(2)} ms`;

/**
 * Committing a turn through the router (check, insert, revision, index, audit, one transaction
 * flushed to disk with synchronous=FULL), 2,000 in a row on one event. Baseline: a bare INSERT
 * in its own transaction on a table of the same file, which pays the same flush. Then the same
 * over POST /rpc to web mode, what the capture page waits for (transcriptCommitRpc.ts).
 */
async function commitInProcess(): Promise<Comparison[]> {
  const folder = tempFolder('workbench-bench-');
  const dataDir = join(folder.path, 'data');
  const event = await approvedEvent(dataDir);
  const { core } = event;
  try {
    const client = `web:${event.noteTaker}`;
    const started = await core.router.dispatch(
      'transcripts:start',
      { requestId: event.requestId },
      client,
    );
    if (!started.ok) throw new Error(started.error.message);
    const speakers = (started.value as TranscriptView).speakers.map((speaker) => speaker.id);
    core.db.exec('CREATE TABLE bench_bare (id TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT');
    const bare = core.db.prepare('INSERT INTO bench_bare (id, text) VALUES (?, ?)');
    const samples: number[] = [];
    const baseline: number[] = [];
    for (let index = 0; index < turns; index++) {
      const text = turnText(index);
      samples.push(
        await timeMs(async () => {
          const result = await core.router.dispatch(
            'transcripts:commitTurn',
            {
              requestId: event.requestId,
              turnId: randomUUID(),
              speakerId: speakers[index % speakers.length],
              text,
              startedAt: null,
            },
            client,
          );
          if (!result.ok) throw new Error(result.error.message);
        }),
      );
      baseline.push(
        await timeMs(() => {
          core.db.exec('BEGIN IMMEDIATE');
          bare.run(randomUUID(), text);
          core.db.exec('COMMIT');
        }),
      );
    }
    console.log(`  commit, all ${turns}: ${figures(samples)} (bare insert: ${figures(baseline)})`);
    console.log(`  commit, first 100: ${figures(samples.slice(0, 100))}`);
    console.log(`  commit, last 100: ${figures(samples.slice(-100))}`);
    const bareText = 'bare INSERT of one row in its own transaction, same file, synchronous=FULL';
    const inProcess: Comparison[] = [
      {
        what: `commit, all ${turns}`,
        baseline: bareText,
        unit: 'ms',
        samples,
        baselineSamples: baseline,
      },
      {
        what: 'commit, first 100',
        baseline: bareText,
        unit: 'ms',
        samples: samples.slice(0, 100),
        baselineSamples: baseline.slice(0, 100),
      },
      {
        what: 'commit, last 100',
        baseline: bareText,
        unit: 'ms',
        samples: samples.slice(-100),
        baselineSamples: baseline.slice(-100),
      },
    ];
    return inProcess;
  } finally {
    core.close();
    folder.remove();
  }
}

export const transcriptCommit: Benchmark = {
  name: 'transcript commit, 2,000 turns',
  async run() {
    const inProcess = await commitInProcess();
    const overRpc = await commitOverRpc(turns);
    const { samples, baseline } = overRpc;
    console.log(`  over POST /rpc, all ${turns}: ${figures(samples)} (bare: ${figures(baseline)})`);
    console.log(`  over POST /rpc, first 100: ${figures(samples.slice(0, 100))}`);
    console.log(`  over POST /rpc, last 100: ${figures(samples.slice(-100))}`);
    return [...inProcess, ...rpcCommitComparisons(turns, overRpc)];
  },
};
