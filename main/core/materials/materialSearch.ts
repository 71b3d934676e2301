import type { DatabaseSync } from 'node:sqlite';
import { materialNames, type MaterialKind } from '../../../shared/domain/materials.ts';
import { plainTextOf } from '../../../shared/lexical/materialBlocks.ts';
import { parseMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import { indexDocument, indexLate } from '../search/searchRepository.ts';
import {
  findLayout,
  markSearchIndexed,
  searchPendingMaterials,
  storedDocument,
  storedText,
} from './materialBlockRepository.ts';
import { findMaterialHeader } from './materialRepository.ts';

/** Search kinds other features query (the live transcript's question queue among them). */
export const materialSearchKind = 'material';
export const answerSearchKind = 'answerLibrary';

/** A material is saved at every pause in typing: its tokens wait for the next search. */
export function indexMaterial(
  db: DatabaseSync,
  material: { readonly id: string; readonly kind: MaterialKind },
  requestTitle: string,
  text: string,
  at: string,
): void {
  indexDocument(
    db,
    {
      kind: materialSearchKind,
      refId: material.id,
      title: `${requestTitle || '（未命名）'} · ${materialNames[material.kind]}`,
      body: text,
      updatedAt: at,
    },
    { deferTokens: true },
  );
}

/**
 * Indexes the materials saved since the last search: an autosave only marks its material (its
 * text is assembled here from the stored blocks), so a keystroke's save does not write the whole
 * text of a long material again.
 */
function indexPendingMaterials(db: DatabaseSync): void {
  const pending = searchPendingMaterials(db);
  if (pending.length === 0) return;
  inTransaction(db, () => {
    for (const materialId of pending) {
      const material = findMaterialHeader(db, materialId);
      const layout = findLayout(db, materialId);
      if (!material || !layout) continue;
      const text = layout.prepared
        ? storedText(db, materialId, layout)
        : plainTextOf(parseMaterialDocument(storedDocument(db, materialId, layout)));
      const title = loadRequest(db, material.requestId).fields.title;
      indexMaterial(db, material, title, text, material.updatedAt);
      markSearchIndexed(db, materialId);
    }
  });
}

indexLate(indexPendingMaterials);
