import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type {
  MaterialDetail,
  MaterialVersionDetail,
  MaterialVersionSummary,
} from '../../../shared/domain/materials.ts';
import { plainTextOf } from '../../../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { diffChineseText, type DiffPart } from '../../../shared/rules/chineseDiff.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import type { CallContext } from '../callContext.ts';
import { enforceEdit, loadMaterialFor } from './materialAccess.ts';
import { prepareText } from './materialContent.ts';
import { materialDetailOf } from './materialDetails.ts';
import { applyContent } from './materialEditing.ts';
import type { MaterialDeps } from './materialDeps.ts';
import { findLayout } from './materialBlockRepository.ts';
import { findMaterial } from './materialRepository.ts';
import { takeVersion } from './materialVersions.ts';
import { findVersion, listVersions, type VersionRecord } from './versionRepository.ts';

const summaryOf = ({ materialId: _m, createdBy: _c, ...summary }: VersionRecord) => summary;

export function materialVersions(
  deps: MaterialDeps,
  materialId: string,
  context: CallContext,
): MaterialVersionSummary[] {
  loadMaterialFor(deps.db, materialId, requireActor(context));
  return listVersions(deps.db, materialId).map(summaryOf);
}

function loadVersion(deps: MaterialDeps, versionId: string, context: CallContext) {
  const version = findVersion(deps.db, versionId);
  if (!version) throw new AppError('not_found', '找不到该版本。');
  loadMaterialFor(deps.db, version.materialId, requireActor(context));
  return version;
}

export function materialVersion(
  deps: MaterialDeps,
  versionId: string,
  context: CallContext,
): MaterialVersionDetail {
  const version = loadVersion(deps, versionId, context);
  return { version: summaryOf(version), document: version.document };
}

/** Takes a version of the current content on demand, with the drafter's note. */
export function createMaterialVersion(
  deps: MaterialDeps,
  input: ParsedInput<'materials:createVersion'>,
  context: CallContext,
): MaterialVersionSummary[] {
  const actor = requireActor(context);
  return inTransaction(deps.db, () => {
    const { material, request } = loadMaterialFor(deps.db, input.materialId, actor);
    enforceEdit(deps.db, request, actor);
    takeVersion(deps.db, material, 'manual', input.note, actor, context.now);
    return listVersions(deps.db, material.id).map(summaryOf);
  });
}

export function diffMaterialVersions(
  deps: MaterialDeps,
  input: ParsedInput<'materials:diff'>,
  context: CallContext,
): DiffPart[] {
  const { material } = loadMaterialFor(deps.db, input.materialId, requireActor(context));
  const textOf = (versionId: string | null): string => {
    if (versionId === null) return plainTextOf(readMaterialDocument(JSON.parse(material.document)));
    const version = findVersion(deps.db, versionId);
    if (version?.materialId !== material.id) throw new AppError('not_found', '找不到该版本。');
    return plainTextOf(readMaterialDocument(JSON.parse(version.document)));
  };
  return diffChineseText(textOf(input.fromVersionId), textOf(input.toVersionId));
}

/** Makes an earlier version current again; the restored content is recorded as a new version. */
export function restoreMaterialVersion(
  deps: MaterialDeps,
  input: ParsedInput<'materials:restore'>,
  context: CallContext,
): MaterialDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const { material, request } = loadMaterialFor(db, input.materialId, actor);
    enforceEdit(db, request, actor);
    const version = findVersion(db, input.versionId);
    if (version?.materialId !== material.id) throw new AppError('not_found', '找不到该版本。');
    if (input.revision !== material.revision) {
      throw new AppError('conflict', '该材料已在别处被修改。请刷新后再恢复。');
    }
    const content = prepareText(version.document);
    const stored = findLayout(db, material.id);
    const applied =
      content.contentHash === stored?.layoutHash
        ? { material }
        : {
            material: {
              ...applyContent(
                db,
                material,
                stored?.hashes ?? [],
                request,
                content,
                actor,
                context.now,
              ).material,
              document: content.canonical,
            },
          };
    takeVersion(
      db,
      applied.material,
      'restore',
      `恢复自第 ${version.number} 版`,
      actor,
      context.now,
    );
    deps.locks.acquire(material.id, context.clientKey, actor, context.now, true);
    const current = findMaterial(db, material.id) ?? applied.material;
    return materialDetailOf(
      { db, locks: deps.locks, actor, clientKey: context.clientKey, now: context.now },
      current,
      loadRequest(db, request.id),
    );
  });
}
