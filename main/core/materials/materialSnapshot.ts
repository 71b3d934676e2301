import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { materialDocumentMaxLength } from '../../../shared/contract/materialSchemas.ts';
import { materialKinds, materialNames } from '../../../shared/domain/materials.ts';
import type { DeepReadonly } from '../../../shared/deepReadonly.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { prepareReceived } from './materialContent.ts';
import { findLayout } from './materialBlockRepository.ts';
import { indexMaterial } from './materialSearch.ts';
import {
  findMaterialHeader,
  insertMaterial,
  listMaterials,
  updateMaterialContent,
  type MaterialRecord,
} from './materialRepository.ts';
import { takeVersion } from './materialVersions.ts';
import { insertSignOff, listSignOffs, markSignOffVoided } from './signOffRepository.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const id = z.string().max(64);
const instant = z.string().max(40);
const name = z.string().max(200);

/** The materials of a request as they travel with it: current content, its hash, and sign-offs. */
export const materialSnapshotsSchema = z
  .array(
    z.object({
      id,
      kind: z.enum(materialKinds),
      document: z.string().max(materialDocumentMaxLength),
      contentHash: sha256,
      createdBy: id,
      createdByName: name,
      createdAt: instant,
      updatedByName: name,
      updatedAt: instant,
      signOffs: z
        .array(
          z.object({
            id,
            itemId: id,
            itemLabel: name,
            versionNumber: z.number().int().min(0),
            contentHash: sha256,
            note: z.string().max(4000),
            evidence: z
              .array(z.object({ sha256, fileName: name, size: z.number().int().min(0) }))
              .max(10),
            signedBy: id,
            signedByName: name,
            signedAt: instant,
            voidedAt: instant.nullable(),
            voidedReason: z.string().max(400).nullable(),
          }),
        )
        .max(500),
    }),
  )
  .max(materialKinds.length)
  .default([]);

export type MaterialSnapshot = DeepReadonly<z.infer<typeof materialSnapshotsSchema>>[number];

export function materialSnapshotsOf(db: DatabaseSync, requestId: string): MaterialSnapshot[] {
  return listMaterials(db, requestId).map((material) => ({
    id: material.id,
    kind: material.kind,
    document: material.document,
    contentHash: material.contentHash,
    createdBy: material.createdBy,
    createdByName: material.createdByName,
    createdAt: material.createdAt,
    updatedByName: material.updatedByName,
    updatedAt: material.updatedAt,
    signOffs: listSignOffs(db, material.id),
  }));
}

/** Evidence files the sign-offs name: the package carries them with the request. */
export const evidenceHashesOf = (materials: readonly MaterialSnapshot[]): string[] => [
  ...new Set(materials.flatMap((m) => m.signOffs.flatMap((s) => s.evidence.map((e) => e.sha256)))),
];

/**
 * At the receiving office: stores the materials that came with a request. Each document is read
 * and hashed again here, and must hash to what the sender claims, or nothing is imported.
 */
export function storeReceivedMaterials(
  db: DatabaseSync,
  requestId: string,
  requestTitle: string,
  materials: readonly MaterialSnapshot[],
  actor: Actor | null,
  now: Date,
): void {
  for (const received of materials) {
    const content = prepareReceived(received.document);
    if (!content.acceptedHashes.includes(received.contentHash)) {
      throw new AppError(
        'exchange_unplaceable',
        `数据包中材料“${materialNames[received.kind]}”的内容与其哈希不符，未导入任何内容。`,
      );
    }
    const local = findMaterialHeader(db, received.id);
    if (local && local.requestId !== requestId) {
      throw new AppError('exchange_unplaceable', '数据包中的材料与本机另一报批的材料编号冲突。');
    }
    const record: MaterialRecord = {
      ...received,
      requestId,
      document: content.canonical,
      charCount: content.charCount,
      revision: (local?.revision ?? 0) + 1,
    };
    if (!local) insertMaterial(db, record, content);
    else if (local.contentHash !== record.contentHash) {
      const previous = findLayout(db, local.id)?.hashes ?? [];
      updateMaterialContent(db, local.id, record, content, previous);
    }
    if (local?.contentHash !== record.contentHash) {
      takeVersion(db, record, 'received', '', actor, now);
      indexMaterial(db, record, requestTitle, content.text, now.toISOString());
    }
    for (const signOff of received.signOffs) {
      insertSignOff(db, record.id, signOff);
      if (signOff.voidedAt)
        markSignOffVoided(db, signOff.id, signOff.voidedAt, signOff.voidedReason ?? '');
    }
  }
}
