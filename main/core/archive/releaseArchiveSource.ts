import { materialNames, type MaterialKind } from '../../../shared/domain/materials.ts';
import { buildMaterialDocument, releaseRefusal } from '../materials/materialExport.ts';
import { findMaterial, listMaterialHeaders } from '../materials/materialRepository.ts';
import type { ArchiveFile, ArchiveSource } from './archiveSources.ts';

/** The papers of an event's release that the archive keeps, in the order they are listed. */
const archivedKinds: readonly MaterialKind[] = ['pressRelease', 'opening', 'qa'];

/**
 * The approved 新闻通稿, 发布辞 and 答问口径 of an event, as approved: nothing when the event's
 * content no longer matches its approval (the approved paper cannot be produced then).
 */
export const releaseArchiveSource: ArchiveSource = async (db, request) => {
  if (releaseRefusal(db, request) !== null) return [];
  const files: ArchiveFile[] = [];
  const headers = listMaterialHeaders(db, request.id);
  for (const kind of archivedKinds) {
    const header = headers.find((candidate) => candidate.kind === kind);
    const material = header ? findMaterial(db, header.id) : null;
    if (!material) continue;
    const built = await buildMaterialDocument(db, request, material, false);
    files.push({ fileName: built.fileName, kind: materialNames[kind], bytes: built.bytes });
  }
  return files;
};
