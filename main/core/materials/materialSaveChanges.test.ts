import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  completeRequest,
  createMaterial,
  documentText,
  materialTestbed,
  type MaterialTestbed,
} from './testing/materialFixtures.ts';
import { contentHashOf } from './materialLayout.ts';

const folder = tempFolder();
let bed: MaterialTestbed;

beforeAll(async () => {
  bed = await materialTestbed(folder);
});
afterAll(() => {
  bed.core.close();
  folder.remove();
});

/** What the editor sends for a document: the root's fields and each top-level block as text. */
function partsOf(document: string) {
  const { children, ...root } = JSON.parse(document).editorState.root;
  return {
    root: JSON.stringify(root),
    blocks: (children as unknown[]).map((child) => JSON.stringify(child)),
  };
}

/** A material saved in full with three paragraphs; returns what the next save is based on. */
async function savedInFull() {
  const request = await completeRequest(bed);
  const material = await createMaterial(bed, request.id, 'opening');
  await callAs(bed.core, bed.drafter, 'materials:open', { materialId: material.id });
  const saved = await callAs(bed.core, bed.drafter, 'materials:save', {
    materialId: material.id,
    revision: material.revision,
    document: documentText('第一段。', '第二段。', '第三段。'),
  });
  return { materialId: material.id, revision: saved.revision, baseHash: saved.contentHash };
}

const storedDocument = async (materialId: string) =>
  (await callAs(bed.core, bed.drafter, 'materials:open', { materialId })).document;

describe('autosave of changes only', () => {
  it('stores exactly what a full save of the same document stores', async () => {
    const base = await savedInFull();
    const edited = documentText('第一段。', '第二段，改过了。', '第三段。', '新加的第四段。');
    const { root, blocks } = partsOf(edited);
    // The title and paragraphs 1 and 3 are unchanged blocks 0, 1 and 3 of the saved document.
    const saved = await callAs(bed.core, bed.drafter, 'materials:saveChanges', {
      ...base,
      root,
      blocks: [0, 1, blocks[2] ?? '', 3, blocks[4] ?? ''],
    });
    expect(saved.revision).toBe(base.revision + 1);

    const other = await savedInFull();
    const full = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: other.materialId,
      revision: other.revision,
      document: edited,
    });
    expect(saved.contentHash).toBe(full.contentHash);
    expect(await storedDocument(base.materialId)).toBe(await storedDocument(other.materialId));
  });

  it('refuses changes based on content that is no longer stored, and changes nothing', async () => {
    const base = await savedInFull();
    const { root, blocks } = partsOf(documentText('别处', '的', '修改'));
    const before = await storedDocument(base.materialId);
    const stale = await bed.core.router.dispatch(
      'materials:saveChanges',
      { ...base, baseHash: '0'.repeat(64), root, blocks },
      `web:${bed.drafter}`,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_base' } });
    expect(await storedDocument(base.materialId)).toBe(before);
  });

  it('refuses a block index the saved document does not have, and changes nothing', async () => {
    const base = await savedInFull();
    const { root } = partsOf(documentText('x'));
    const before = await storedDocument(base.materialId);
    const refused = await bed.core.router.dispatch(
      'materials:saveChanges',
      { ...base, root, blocks: [0, 9] },
      `web:${bed.drafter}`,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_document' } });
    expect(refused.ok || refused.error.message).toContain('不存在的段落');
    expect(await storedDocument(base.materialId)).toBe(before);
  });

  it("takes a window's first save, every block as text against the content it opened", async () => {
    const base = await savedInFull();
    const edited = documentText('第一段。', '第二段，改过了。', '第三段。');
    const { root, blocks } = partsOf(edited);
    const saved = await callAs(bed.core, bed.drafter, 'materials:saveChanges', {
      ...base,
      root,
      blocks,
    });
    const other = await savedInFull();
    const full = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: other.materialId,
      revision: other.revision,
      document: edited,
    });
    expect(saved.contentHash).toBe(full.contentHash);
    expect(saved.charCount).toBe(full.charCount);
    expect(await storedDocument(base.materialId)).toBe(await storedDocument(other.materialId));
    expect(contentHashOf(JSON.parse(await storedDocument(base.materialId)))).toBe(
      saved.contentHash,
    );
  });

  it('keeps the hash content was stored under before schema 18 until the content changes', async () => {
    const base = await savedInFull();
    const stored = await storedDocument(base.materialId);
    // Before schema 18 a material's hash was the SHA-256 of its whole canonical JSON.
    const legacy = createHash('sha256').update(stored).digest('hex');
    bed.core.db
      .prepare('UPDATE materials SET content_hash = ? WHERE id = ?')
      .run(legacy, base.materialId);

    const same = await callAs(bed.core, bed.drafter, 'materials:save', {
      materialId: base.materialId,
      revision: base.revision,
      document: stored,
    });
    expect(same).toMatchObject({ revision: base.revision, contentHash: legacy });

    const { root, blocks } = partsOf(documentText('第一段。', '改了。', '第三段。'));
    const changed = await callAs(bed.core, bed.drafter, 'materials:saveChanges', {
      materialId: base.materialId,
      revision: base.revision,
      baseHash: legacy,
      root,
      blocks: [0, 1, blocks[2] ?? '', 3],
    });
    expect(changed.revision).toBe(base.revision + 1);
    expect(changed.contentHash).toBe(
      contentHashOf(JSON.parse(await storedDocument(base.materialId))),
    );
  });
});
