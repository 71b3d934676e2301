import type { DatabaseSync } from 'node:sqlite';
import { materialNames, type MaterialKind } from '../../../shared/domain/materials.ts';
import { indexDocument } from '../search/searchRepository.ts';

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
