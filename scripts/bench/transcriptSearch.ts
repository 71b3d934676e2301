import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createInterface } from 'node:readline';
import { createCore } from '../../main/core/createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../../main/core/testing/accounts.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import type { TranscriptSearchOrder } from '../../shared/domain/transcriptViews.ts';
import { rankedWindow } from '../../main/core/transcripts/transcriptSearch.ts';
import { interleave, timeMs, type Benchmark, type Comparison, type Goal } from './measure.ts';
import { buildCorpus, type Corpus } from './transcriptCorpus.ts';

/** 1,000,000 turns by default (about a minute to build); TRANSCRIPT_BENCH_TURNS=n for another size. */
const turnCount = Number(process.env['TRANSCRIPT_BENCH_TURNS'] ?? 1_000_000);
const filesOfTurns = 100;
/** Samples per query (TRANSCRIPT_BENCH_RUNS=n): p95 of 20 is the second slowest. */
const runs = Number(process.env['TRANSCRIPT_BENCH_RUNS'] ?? 20);

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

interface Ripgrep {
  count(query: string, folder: string): Promise<void>;
  stop(): void;
}

/** ripgrep run by ripgrepWorker.ts in its own process (see there why not from this one). */
function startRipgrep(): Ripgrep {
  const worker = spawn(process.execPath, ['scripts/bench/ripgrepWorker.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: worker.stdout })[Symbol.asyncIterator]();
  return {
    async count(query, folder) {
      worker.stdin.write(`${JSON.stringify({ query, folder })}\n`);
      const answer = await lines.next();
      if (answer.done || answer.value !== 'ok') throw new Error(`rg: ${String(answer.value)}`);
    },
    stop: () => worker.kill(),
  };
}

/**
 * Bytes of the search index (the FTS5 tables and the statistics beside them), of the text it
 * indexes (title, line break, body), and of the copies a result page reads (search_documents,
 * indexed_turns).
 */
function indexSize(db: DatabaseSync): {
  index: number;
  text: number;
  documents: number;
  places: number;
} {
  const bytes = (pattern: string) =>
    (
      db.prepare('SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE ?').get(pattern) as {
        n: number;
      }
    ).n;
  const { text } = db
    .prepare(
      `SELECT sum(length(CAST(title AS BLOB)) + 1 + length(CAST(body AS BLOB))) AS text
       FROM search_documents`,
    )
    .get() as { text: number };
  return {
    index: bytes('search_index%') + bytes('search_statistics'),
    text,
    documents: bytes('search_documents'),
    places: bytes('indexed_turns'),
  };
}

const searchGoal: Goal = {
  text: 'p95 ≤ 10 ms, faster than LIKE',
  holds: (figure) => figure.p95 <= 10 && figure.ratio < 1,
};
const ripgrepGoal: Goal = { text: '≥ 5× faster than rg', holds: (figure) => figure.ratio <= 0.2 };
const megabytes = (bytes: number) => bytes / 1e6;

/**
 * Search over all transcripts, once a quiet time has merged the index as the app does between
 * calls (`transcripts:search` through the router, in its default order:
 * by relevance, or newest first for a query matching `manyMatchesThreshold` records or more — the
 * index is walked newest first and left after the page; the page's turns are read and
 * highlighted), against a LIKE scan for the newest matches and against ripgrep counting matches
 * in the same text written to files; each query on its own line. The relevance order a user may
 * choose for a common query is printed too, beside the same LIKE scan (no goal: it ranks the
 * newest 500 matches, the cost the user asked for). Also the index's size against the text and
 * how fast it is written.
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
      const segments = () =>
        Number(
          core.db.prepare('SELECT count(DISTINCT segid) AS n FROM search_index_idx').get()?.['n'],
        );
      const segmentsBuilt = segments();
      const merging = performance.now();
      await core.upkeep.whenSettled();
      console.log(
        `  quiet time merged the index's ${segmentsBuilt} segments into ${segments()} in ${((performance.now() - merging) / 1000).toFixed(1)} s`,
      );
      const size = indexSize(core.db);
      console.log(
        `  index ${size.index} bytes for ${size.text} bytes of text (${(size.index / size.text).toFixed(2)} ×); ` +
          `the searched copy of the text (search_documents) ${size.documents} bytes; ` +
          `each turn's event, place and time beside it (indexed_turns) ${size.places} bytes`,
      );
      const comparisons: Comparison[] = [
        {
          what: 'index size',
          baseline: 'the indexed text (speaker label, line break, turn; UTF-8 bytes)',
          unit: 'MB',
          samples: [megabytes(size.index)],
          baselineSamples: [megabytes(size.text)],
          goal: { text: '≤ 1.5 × the text', holds: (figure) => figure.ratio <= 1.5 },
        },
        {
          what: 'index build rate (tokenising and writing the index)',
          baseline: 'writing the same turns and their search documents without the index (turns/s)',
          unit: 'turns/s',
          samples: [turnCount / (corpus.indexMs / 1000)],
          baselineSamples: [turnCount / (corpus.rowsMs / 1000)],
        },
      ];
      const ripgrep = startRipgrep();
      const filesFolder = join(folder.path, 'turn-files');
      writeTurnFiles(corpus, filesFolder);
      const like = core.db.prepare(
        'SELECT id, text FROM transcript_turns WHERE text LIKE ? ORDER BY rowid DESC LIMIT ?',
      );
      for (const [length, terms] of Object.entries(queries)) {
        const search = (term: string, order?: TranscriptSearchOrder) =>
          timeMs(async () => {
            const result = await core.router.dispatch(
              'transcripts:search',
              { text: term, order },
              `web:${reviewer}`,
            );
            if (!result.ok) throw new Error(result.error.message);
          });
        for (const term of terms) {
          const { order, manyMatches } = await callAs(core, reviewer, 'transcripts:search', {
            text: term,
          });
          console.log(`  ${term}: ${order} by default${manyMatches ? ' (a common query)' : ''}`);
        }
        const subjects = terms.flatMap((term) => [
          () => search(term),
          () => timeMs(() => like.all(`%${term}%`, rankedWindow)),
          () => timeMs(() => ripgrep.count(term, filesFolder)),
          () => search(term, 'relevance'),
        ]);
        const results = await interleave({ warmup: 1, runs: runs }, subjects);
        terms.forEach((term, index) => {
          const samples = (offset: number) => results[index * 4 + offset] ?? [];
          const what = `${length} query ${term}`;
          comparisons.push(
            {
              what: `${what} vs LIKE`,
              baseline: `LIKE '%…%' scan for the newest ${rankedWindow} matches, same database`,
              unit: 'ms',
              samples: samples(0),
              baselineSamples: samples(1),
              goal: searchGoal,
            },
            {
              what: `${what} vs rg`,
              baseline: `rg --fixed-strings --count over the same text in ${filesOfTurns} files (process start included; run from a worker process)`,
              unit: 'ms',
              samples: samples(0),
              baselineSamples: samples(2),
              goal: ripgrepGoal,
            },
            {
              what: `${what}, 按相关度 chosen, vs LIKE`,
              baseline: `LIKE '%…%' scan for the newest ${rankedWindow} matches, same database`,
              unit: 'ms',
              samples: samples(3),
              baselineSamples: samples(1),
            },
          );
        });
      }
      ripgrep.stop();
      return comparisons;
    } finally {
      core.close();
      folder.remove();
    }
  },
};
