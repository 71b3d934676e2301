import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  completeRequest,
  createMaterial,
  materialTestbed,
} from '../../main/core/materials/testing/materialFixtures.ts';
import { callAs } from '../../main/core/testing/accounts.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import { interleave, timeMs, type Comparison } from './measure.ts';

const saves = 40;

/** The briefing's root fields and top-level blocks as the editor sends them, title edited. */
export function editorParts(briefing: string, title: string) {
  const { children, ...root } = (
    JSON.parse(briefing) as { editorState: { root: { children: unknown[] } } }
  ).editorState.root;
  const blocks = children.map((child) => JSON.stringify(child));
  blocks[0] = (blocks[0] ?? '').replace('基准测试', title);
  return { root: JSON.stringify(root), blocks };
}

/**
 * The core's own time for the two autosaves of the 100,000-character briefing: the router's
 * dispatch in this process (input checked, content checked and hashed, one SQLite transaction
 * with synchronous=FULL committed), no HTTP. What issue 18's autosave goals are about.
 */
export async function measureCoreSaves(briefing: string): Promise<Comparison[]> {
  const folder = tempFolder('workbench-bench-');
  const bed = await materialTestbed(folder);
  const bare = mkdtempSync(join(tmpdir(), 'workbench-bench-sqlite-'));
  const db = new DatabaseSync(join(bare, 'bare.sqlite'));
  try {
    const request = await completeRequest(bed);
    const material = await createMaterial(bed, request.id, 'background');
    await callAs(bed.core, bed.drafter, 'materials:open', { materialId: material.id });
    let stored = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: material.id,
      revision: material.revision,
      document: briefing,
    });
    db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT NOT NULL)',
    );
    db.prepare('INSERT INTO doc (id, body) VALUES (1, ?)').run(briefing);
    let edit = 0;
    const dispatch = (channel: 'materials:saveChanges', input: object) =>
      timeMs(async () => {
        const answer = await bed.core.router.dispatch(
          channel,
          { materialId: material.id, revision: stored.revision, ...input },
          `web:${bed.drafter}`,
        );
        if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
        stored = answer.value as typeof stored;
      });
    const [first = [], typing = [], bareSamples = []] = await interleave(
      { warmup: 3, runs: saves },
      [
        () => {
          const { root, blocks } = editorParts(briefing, `基准测试${edit++}`);
          return dispatch('materials:saveChanges', { baseHash: stored.contentHash, root, blocks });
        },
        () => {
          const { root, blocks } = editorParts(briefing, `基准测试${edit++}`);
          const changes = [blocks[0] ?? '', ...blocks.slice(1).map((_, index) => index + 1)];
          return dispatch('materials:saveChanges', {
            baseHash: stored.contentHash,
            root,
            blocks: changes,
          });
        },
        () => {
          const document = briefing.replace('基准测试', `基准测试${edit++}`);
          return timeMs(() => db.prepare('UPDATE doc SET body = ? WHERE id = 1').run(document));
        },
      ],
    );
    const baseline = 'node:sqlite UPDATE of the same JSON text, WAL with synchronous=FULL';
    return [
      {
        what: "autosave, the core's time for a window's first save (every block sent as text; those stored before recognised)",
        baseline,
        unit: 'ms',
        samples: first,
        baselineSamples: bareSamples,
      },
      {
        what: "autosave while typing, the core's time: materials:saveChanges in-process (one block changed; check, hash, store, commit)",
        baseline,
        unit: 'ms',
        samples: typing,
        baselineSamples: bareSamples,
        goal: {
          text: '≤ 5 ms median, ≤ 15 ms p95',
          holds: (figure) => figure.median <= 5 && figure.p95 <= 15,
        },
      },
    ];
  } finally {
    db.close();
    rmSync(bare, { recursive: true, force: true });
    bed.core.close();
    folder.remove();
  }
}
