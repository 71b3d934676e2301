import type { DatabaseSync } from 'node:sqlite';
import { materialNames, type MaterialKind } from '../../../../shared/domain/materials.ts';
import type { MaterialDocument } from '../../../../shared/lexical/materialDocument.ts';
import { prepareDocument, type PreparedContent } from '../../materials/materialContent.ts';
import type { FixtureUser } from './fixtureCounty.ts';
import { auditRow, fixtureId, indexRow, insertRow } from './fixtureRows.ts';

type Person = Pick<FixtureUser, 'id' | 'displayName'>;

/** A material as a fixture writes it, and the content it holds now. */
export interface FixtureMaterial {
  readonly id: string;
  readonly requestId: string;
  readonly requestTitle: string;
  readonly kind: MaterialKind;
  readonly drafter: Person;
}

export const prepared = (document: MaterialDocument): PreparedContent => prepareDocument(document);

/** Creates the material with its first content, as `materials:create` did (rows and audit). */
export function createMaterial(
  db: DatabaseSync,
  material: FixtureMaterial,
  content: PreparedContent,
  at: string,
): void {
  insertRow(db, 'materials', {
    id: material.id,
    request_id: material.requestId,
    kind: material.kind,
    document: content.canonical,
    content_hash: content.contentHash,
    char_count: content.charCount,
    revision: 1,
    created_by: material.drafter.id,
    created_by_name: material.drafter.displayName,
    created_at: at,
    updated_by_name: material.drafter.displayName,
    updated_at: at,
  });
  insertRow(db, 'material_editors', { material_id: material.id, user_id: material.drafter.id });
  indexMaterial(db, material, content, at);
  auditRow(db, material.drafter, at, 'material.create', ['material', material.id], {
    contentHash: content.contentHash,
    kind: material.kind,
    requestId: material.requestId,
  });
}

/** A save of new content by the drafter, as autosave wrote it. */
export function editMaterial(
  db: DatabaseSync,
  material: FixtureMaterial,
  content: PreparedContent,
  revision: number,
  at: string,
): void {
  db.prepare(
    `UPDATE materials SET document = ?, content_hash = ?, char_count = ?, revision = ?,
       updated_by_name = ?, updated_at = ? WHERE id = ?`,
  ).run(
    content.canonical,
    content.contentHash,
    content.charCount,
    revision,
    material.drafter.displayName,
    at,
    material.id,
  );
  indexMaterial(db, material, content, at);
  auditRow(db, material.drafter, at, 'material.edit', ['material', material.id], {
    contentHash: content.contentHash,
    revision,
  });
}

function indexMaterial(
  db: DatabaseSync,
  material: FixtureMaterial,
  content: PreparedContent,
  at: string,
): void {
  indexRow(db, {
    kind: 'material',
    refId: material.id,
    title: `${material.requestTitle} · ${materialNames[material.kind]}`,
    body: content.text,
    updatedAt: at,
  });
}

/** An immutable version of the material's content; returns its number. */
export function takeVersion(
  db: DatabaseSync,
  material: FixtureMaterial,
  content: PreparedContent,
  version: { number: number; reason: string; by: Person; at: string },
): number {
  insertRow(db, 'material_versions', {
    id: fixtureId(`version ${material.id} ${version.number}`),
    material_id: material.id,
    number: version.number,
    reason: version.reason,
    note: '',
    document: content.canonical,
    content_hash: content.contentHash,
    char_count: content.charCount,
    created_by: version.by.id,
    created_by_name: version.by.displayName,
    created_at: version.at,
  });
  auditRow(db, version.by, version.at, 'material.version', ['material', material.id], {
    number: version.number,
    reason: version.reason,
    contentHash: content.contentHash,
  });
  return version.number;
}

/** One checklist item signed for one version of the content, with any evidence files. */
export function signItem(
  db: DatabaseSync,
  material: FixtureMaterial,
  signOff: {
    itemId: string;
    itemLabel: string;
    versionNumber: number;
    contentHash: string;
    note: string;
    by: Person;
    at: string;
    evidence?: readonly { sha256: string; fileName: string }[];
  },
): string {
  const id = fixtureId(`signoff ${material.id} ${signOff.itemId} ${signOff.versionNumber}`);
  insertRow(db, 'material_signoffs', {
    id,
    material_id: material.id,
    item_id: signOff.itemId,
    item_label: signOff.itemLabel,
    version_number: signOff.versionNumber,
    content_hash: signOff.contentHash,
    note: signOff.note,
    signed_by: signOff.by.id,
    signed_by_name: signOff.by.displayName,
    signed_at: signOff.at,
    voided_at: null,
    voided_reason: null,
  });
  const evidence = signOff.evidence ?? [];
  for (const file of evidence) {
    insertRow(db, 'material_signoff_evidence', {
      signoff_id: id,
      sha256: file.sha256,
      file_name: file.fileName,
    });
  }
  auditRow(db, signOff.by, signOff.at, 'material.signed', ['material', material.id], {
    itemId: signOff.itemId,
    versionNumber: signOff.versionNumber,
    contentHash: signOff.contentHash,
    evidence,
  });
  return id;
}
