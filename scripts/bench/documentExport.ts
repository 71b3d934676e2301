import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildOfficialDocx } from '../../main/core/documents/buildOfficialDocx.ts';
import { materialToDocument } from '../../main/core/documents/lexical/materialToDocument.ts';
import { transcriptDocument } from '../../main/core/transcripts/transcriptDocument.ts';
import { readMaterialDocument } from '../../shared/lexical/materialFormat.ts';
import {
  longRelease,
  longTranscript,
  releaseMarkdown,
  releaseMaterial,
  transcriptMarkdown,
} from './exportContent.ts';
import { interleave, type Benchmark, type Comparison, type Goal } from './measure.ts';

const pandoc = 'pandoc';

/** One document exported both ways: by the app from its source data, and by pandoc from Markdown. */
interface ExportCase {
  readonly what: string;
  /** File name stem in the temporary folder. */
  readonly name: string;
  readonly runs: number;
  readonly markdown: string;
  readonly goal?: Goal;
  exportDocx(): Promise<Buffer>;
}

function transcriptCase(): ExportCase {
  const source = longTranscript(300);
  return {
    what: `文字实录 300 pages, ${source.turns.length} turns: source data → docx bytes`,
    name: 'transcript',
    runs: 8,
    markdown: transcriptMarkdown(source),
    exportDocx: () => buildOfficialDocx(transcriptDocument(source)),
    goal: { text: '≤ 0.7× pandoc', holds: (figure) => figure.ratio <= 0.7 },
  };
}

function releaseCase(): ExportCase {
  const release = longRelease(30);
  // As stored: the export parses and checks the saved JSON first (materialExport.ts).
  const stored = JSON.stringify(releaseMaterial(release));
  return {
    what: '新闻通稿 30 pages: saved material JSON → docx bytes',
    name: 'release',
    runs: 15,
    markdown: releaseMarkdown(release),
    exportDocx: () => {
      const material = readMaterialDocument(JSON.parse(stored));
      const mapped = materialToDocument(material, { fallbackTitle: release.title });
      return buildOfficialDocx(mapped.document);
    },
  };
}

/** pandoc's first line of `--version`, e.g. "pandoc 2.17.1.1"; throws if it is not installed. */
function pandocVersion(): string {
  try {
    const version = execFileSync(pandoc, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
    return version.split('\n')[0] ?? pandoc;
  } catch (error) {
    throw new Error(
      "pandoc is needed for the documentExport benchmark's baseline: apt-get install pandoc",
      { cause: error },
    );
  }
}

function requireDocx(bytes: Buffer, producer: string): void {
  if (bytes.length === 0 || bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new Error(`${producer} did not produce a docx (${bytes.length} bytes)`);
  }
}

/** Interleaves the app's export with pandoc's; the one warmup round checks both outputs, untimed. */
async function measure(folder: string, exportCase: ExportCase, baseline: string) {
  const input = `${exportCase.name}.md`;
  const output = `${exportCase.name}.docx`;
  writeFileSync(join(folder, input), exportCase.markdown);
  const [samples = [], baselineSamples = []] = await interleave(
    { warmup: 1, runs: exportCase.runs },
    [
      async (warmup) => {
        const started = performance.now();
        const bytes = await exportCase.exportDocx();
        const elapsed = performance.now() - started;
        if (warmup) requireDocx(bytes, 'buildOfficialDocx');
        return elapsed;
      },
      async (warmup) => {
        const started = performance.now();
        execFileSync(pandoc, [input, '-o', output], {
          cwd: folder,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        const elapsed = performance.now() - started;
        if (warmup) requireDocx(readFileSync(join(folder, output)), pandoc);
        return elapsed;
      },
    ],
  );
  const { what, goal } = exportCase;
  return { what, baseline, unit: 'ms', samples, baselineSamples, ...(goal && { goal }) } as const;
}

/**
 * Word export of a 300-page 文字实录 and a 30-page 新闻通稿, from the app's source data to docx
 * bytes in this process. Baseline: pandoc (a separate process, so its start-up is included)
 * converting the same text, written as Markdown, to docx.
 */
export const documentExport: Benchmark = {
  name: 'documentExport',
  async run() {
    const baseline = `${pandocVersion()}: \`pandoc in.md -o out.docx\` of the same text as Markdown, whole process run`;
    const folder = mkdtempSync(join(tmpdir(), 'workbench-bench-pandoc-'));
    try {
      const comparisons: Comparison[] = [];
      for (const exportCase of [transcriptCase(), releaseCase()]) {
        comparisons.push(await measure(folder, exportCase, baseline));
      }
      return comparisons;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
