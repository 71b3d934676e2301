import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCore } from '../../main/core/createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../../main/core/testing/accounts.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { rankedWindow } from '../../main/core/transcripts/transcriptSearch.ts';
import { interleave, percentile, timeMs, type Benchmark, type Comparison } from './measure.ts';
import { buildCorpus, type Corpus } from './transcriptCorpus.ts';

const run = promisify(execFile);

/** 1,000,000 turns by default (about a minute to build); TRANSCRIPT_BENCH_TURNS=n for another size. */
const turnCount = Number(process.env['TRANSCRIPT_BENCH_TURNS'] ?? 1_000_000);
const filesOfTurns = 100;

/** Common and rare terms of each length: a rare one makes a scan read everything. */
const queries: Readonly<Record<string, readonly string[]>> = {
  '1-character': ['汛', '学', '链'],
  '2-character': ['防汛', '学位', '冷链'],
  '4-character': ['乡村振兴', '公办学位', '冷链物流'],
};

/** The same text for ripgrep: one turn per line, in 100 files. */
function writeTurnFiles(corpus: Corpus, folder: string): void {
  mkdirSync(folder, { recursive: true });
  const perFile = Math.ceil(corpus.texts.length / filesOfTurns);
  for (let file = 0; file < filesOfTurns; file++) {
    const lines = corpus.texts.slice(file * perFile, (file + 1) * perFile);
    writeFileSync(join(folder, `turns-${file}.txt`), `${lines.join('\n')}\n`);
  }
}

async function ripgrep(query: string, folder: string): Promise<void> {
  try {
    await run('rg', ['--fixed-strings', '--count', '--no-messages', query, folder], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    // rg exits with 1 when nothing matches; anything else is a real failure.
    if ((error as { code?: number }).code !== 1) throw error;
  }
}

/**
 * Search over all transcripts (`transcripts:search` through the router: the index finds the
 * newest matches, bm25 ranks them, matches are highlighted), against a LIKE scan for the same
 * newest matches and against ripgrep counting matches in the same text written to files.
 */
export const transcriptSearch: Benchmark = {
  name: `transcript search, ${turnCount.toLocaleString('en')} turns`,
  async run() {
    const folder = tempFolder('workbench-bench-');
    const core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web' });
    try {
      const admin = await setUpInstallation(core);
      const unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
      const reviewer = await signedInUser(core, admin, ['newsOfficeReviewer']);
      const built = performance.now();
      const corpus = buildCorpus(core.db, unitId, turnCount);
      console.log(
        `  built ${turnCount} turns in ${((performance.now() - built) / 1000).toFixed(1)} s`,
      );
      const filesFolder = join(folder.path, 'turn-files');
      writeTurnFiles(corpus, filesFolder);
      const like = core.db.prepare(
        'SELECT id, text FROM transcript_turns WHERE text LIKE ? ORDER BY rowid DESC LIMIT ?',
      );
      const comparisons: Comparison[] = [];
      for (const [length, terms] of Object.entries(queries)) {
        const subjects = terms.flatMap((term) => [
          () =>
            timeMs(async () => {
              const result = await core.router.dispatch(
                'transcripts:search',
                { text: term },
                `web:${reviewer}`,
              );
              if (!result.ok) throw new Error(result.error.message);
            }),
          () => timeMs(() => like.all(`%${term}%`, rankedWindow)),
          () => timeMs(() => ripgrep(term, filesFolder)),
        ]);
        const results = await interleave({ warmup: 1, runs: 10 }, subjects);
        const pick = (offset: number) =>
          results.filter((_samples, index) => index % 3 === offset).flat();
        terms.forEach((term, index) => {
          const line = (offset: number) => {
            const samples = results[index * 3 + offset] ?? [];
            return `p50 ${percentile(samples, 50).toFixed(1)} / p95 ${percentile(samples, 95).toFixed(1)} ms`;
          };
          console.log(`  ${term}: search ${line(0)}; LIKE ${line(1)}; rg ${line(2)}`);
        });
        const what = `${length} query (${terms.join(' ')})`;
        comparisons.push(
          {
            what: `${what} vs LIKE`,
            baseline: `LIKE '%…%' scan for the newest ${rankedWindow} matches, same database`,
            unit: 'ms',
            samples: pick(0),
            baselineSamples: pick(1),
          },
          {
            what: `${what} vs rg`,
            baseline: `rg --fixed-strings --count over the same text in ${filesOfTurns} files (process start included)`,
            unit: 'ms',
            samples: pick(0),
            baselineSamples: pick(2),
          },
        );
      }
      return comparisons;
    } finally {
      core.close();
      folder.remove();
    }
  },
};
