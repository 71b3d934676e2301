import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { defaultTemplates } from '../../../shared/domain/materialTemplates.ts';
import {
  materialNames,
  type MaterialDetail,
  type MaterialKind,
  type MaterialLockView,
  type MaterialSaveResult,
  type MaterialsOverview,
} from '../../../shared/domain/materials.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import type { CallContext } from '../callContext.ts';
import { enforceEdit, loadMaterialFor, loadMaterialHeaderFor } from './materialAccess.ts';
import {
  blocksBySource,
  findBlocks,
  findLayout,
  storedDocument,
  type StoredLayout,
} from './materialBlockRepository.ts';
import {
  prepareChanges,
  prepareChangesOnLayout,
  prepareDocument,
  prepareText,
  prepareTextOnLayout,
  type PreparedContent,
  type StorableContent,
} from './materialContent.ts';
import { materialDetailOf, overviewOf } from './materialDetails.ts';
import { applyContent, voidWhatContentBacked } from './materialEditing.ts';
import type { MaterialDeps } from './materialDeps.ts';
import {
  addEditor,
  insertMaterial,
  listMaterialHeaders,
  type MaterialHeader,
} from './materialRepository.ts';
import { indexMaterial } from './materialSearch.ts';
import { listStoredTemplates } from './libraryRepository.ts';

const detailContext = (deps: MaterialDeps, context: CallContext) => ({
  db: deps.db,
  locks: deps.locks,
  actor: requireActor(context),
  clientKey: context.clientKey,
  now: context.now,
});

export function materialsOverview(
  deps: MaterialDeps,
  requestId: string,
  context: CallContext,
): MaterialsOverview {
  const actor = requireActor(context);
  const request = loadRequest(deps.db, requestId);
  checkVisible(actor, request);
  return overviewOf(deps.db, request, actor, context.now);
}

export function templateContent(db: DatabaseSync, kind: MaterialKind): PreparedContent {
  const stored = listStoredTemplates(db).find((template) => template.kind === kind);
  return stored ? prepareText(stored.document) : prepareDocument(defaultTemplates[kind]);
}

/** Starts a material of the event from the administrator's template for its kind. */
export function createMaterial(
  deps: MaterialDeps,
  input: ParsedInput<'materials:create'>,
  context: CallContext,
): MaterialDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const request = loadRequest(db, input.requestId);
    checkVisible(actor, request);
    enforceEdit(db, request, actor);
    if (listMaterialHeaders(db, request.id).some((material) => material.kind === input.kind)) {
      throw new AppError('conflict', `该发布已有“${materialNames[input.kind]}”，请直接打开编辑。`);
    }
    const content = templateContent(db, input.kind);
    const at = context.now.toISOString();
    const material = {
      id: randomUUID(),
      requestId: request.id,
      kind: input.kind,
      document: content.canonical,
      contentHash: content.contentHash,
      charCount: content.charCount,
      revision: 1,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: at,
      updatedByName: actor.displayName,
      updatedAt: at,
    };
    insertMaterial(db, material, content);
    addEditor(db, material.id, actor.userId);
    appendAudit(db, actor, context.now, {
      action: 'material.create',
      subjectKind: 'material',
      subjectId: material.id,
      details: { requestId: request.id, kind: input.kind, contentHash: material.contentHash },
    });
    const change = `新增材料“${materialNames[input.kind]}”`;
    const { approvalVoided } = voidWhatContentBacked(
      db,
      material.id,
      request,
      change,
      actor,
      context.now,
    );
    indexMaterial(db, material, request.fields.title, content.text, at);
    const current = approvalVoided ? loadRequest(db, request.id) : request;
    return materialDetailOf(detailContext(deps, context), material, current);
  });
}

export function openMaterial(deps: MaterialDeps, materialId: string, context: CallContext) {
  const { material, request } = loadMaterialFor(deps.db, materialId, requireActor(context));
  return materialDetailOf(detailContext(deps, context), material, request);
}

function editedElsewhere(deps: MaterialDeps, materialId: string, context: CallContext): AppError {
  const holder = deps.locks.view(materialId, context.clientKey, context.now).holderName ?? '他人';
  return new AppError(
    'edited_elsewhere',
    `该材料已由${holder}在另一窗口打开编辑，本窗口的修改未能保存。请在本窗口选择“在此窗口编辑”，或关闭本窗口。`,
  );
}

/** What a save stores, worked out from the material and its stored layout. */
type ContentOf = (material: MaterialHeader, stored: StoredLayout) => StorableContent;

/** Whether a save would leave the material exactly as stored (nothing for a lease to guard). */
function savesNothing(
  material: MaterialHeader,
  stored: StoredLayout,
  revision: number,
  contentOf: ContentOf,
): boolean {
  if (revision !== material.revision) return false;
  try {
    return contentOf(material, stored).contentHash === stored.layoutHash;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Stores an autosave inside one transaction, once the material may be edited by this window. */
function storeSave(
  deps: MaterialDeps,
  target: { readonly materialId: string; readonly revision: number },
  context: CallContext,
  contentOf: ContentOf,
): MaterialSaveResult {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const { material, request } = loadMaterialHeaderFor(db, target.materialId, actor);
    enforceEdit(db, request, actor);
    const stored = findLayout(db, material.id);
    if (!stored) throw new Error(`material ${material.id} has no stored layout`);
    // A window that does not hold the lease may still "save" what is stored (an editor that only
    // normalised the document it opened): that changes nothing, so it is no conflict.
    if (!deps.locks.acquire(material.id, context.clientKey, actor, context.now)) {
      if (!savesNothing(material, stored, target.revision, contentOf)) {
        throw editedElsewhere(deps, material.id, context);
      }
    }
    if (target.revision !== material.revision) {
      throw new AppError('conflict', '该材料已在别处被修改。请刷新后再编辑，以免覆盖他人的修改。');
    }
    const content = contentOf(material, stored);
    // The stored content in block form, whatever hash was recorded for it (content unchanged since
    // before schema 18 keeps the SHA-256 of its whole JSON, which approvals may name).
    const unchanged = content.contentHash === stored.layoutHash;
    const applied = unchanged
      ? { material, voidedSignOffs: 0, approvalVoided: false }
      : applyContent(db, material, stored.hashes, request, content, actor, context.now);
    return {
      revision: applied.material.revision,
      contentHash: applied.material.contentHash,
      charCount: applied.material.charCount,
      savedAt: applied.material.updatedAt,
      voidedSignOffs: applied.voidedSignOffs,
      approvalVoided: applied.approvalVoided,
    };
  });
}

/**
 * Autosave: the editor sends the whole document; an unchanged document changes nothing. Blocks
 * the editor sent before are recognised, not read again.
 */
export function saveMaterial(
  deps: MaterialDeps,
  input: ParsedInput<'materials:save'>,
  context: CallContext,
): MaterialSaveResult {
  let content: StorableContent | undefined;
  return storeSave(deps, input, context, (material, stored) => {
    content ??= stored.prepared
      ? prepareTextOnLayout(input.document, () => blocksBySource(deps.db, material.id))
      : prepareText(input.document);
    return content;
  });
}

/**
 * Autosave of changes since the window's last save, which must still be the stored content. Only
 * the sent blocks are read, checked and hashed; a material stored as received from another office
 * in an older form is read whole, once.
 */
export function saveMaterialChanges(
  deps: MaterialDeps,
  input: ParsedInput<'materials:saveChanges'>,
  context: CallContext,
): MaterialSaveResult {
  let content: StorableContent | undefined;
  return storeSave(deps, input, context, (material, stored) => {
    if (material.contentHash !== input.baseHash) {
      throw new AppError('stale_base', '自动保存所依据的版本已不是当前内容，将重新保存全文。');
    }
    content ??= stored.prepared
      ? prepareChangesOnLayout(
          stored,
          input,
          (hashes) => findBlocks(deps.db, material.id, hashes),
          () => blocksBySource(deps.db, material.id),
        )
      : prepareChanges(storedDocument(deps.db, material.id, stored), input);
    return content;
  });
}

/** Renews this window's editing lease; a window that does not hold it only learns who does. */
export function keepMaterialOpen(
  deps: MaterialDeps,
  materialId: string,
  context: CallContext,
): MaterialLockView {
  const actor = requireActor(context);
  loadMaterialFor(deps.db, materialId, actor);
  if (deps.locks.view(materialId, context.clientKey, context.now).mine) {
    deps.locks.acquire(materialId, context.clientKey, actor, context.now);
  }
  return deps.locks.view(materialId, context.clientKey, context.now);
}

export function closeMaterial(deps: MaterialDeps, materialId: string, context: CallContext): null {
  deps.locks.release(materialId, context.clientKey);
  return null;
}

export function takeOverMaterial(
  deps: MaterialDeps,
  materialId: string,
  context: CallContext,
): MaterialDetail {
  const actor = requireActor(context);
  const { material, request } = loadMaterialFor(deps.db, materialId, actor);
  enforceEdit(deps.db, request, actor);
  const before = deps.locks.view(materialId, context.clientKey, context.now);
  deps.locks.acquire(materialId, context.clientKey, actor, context.now, true);
  if (before.holderName !== null && !before.mine) {
    inTransaction(deps.db, () =>
      appendAudit(deps.db, actor, context.now, {
        action: 'material.takeOver',
        subjectKind: 'material',
        subjectId: materialId,
        details: { from: before.holderName },
      }),
    );
  }
  return materialDetailOf(detailContext(deps, context), material, request);
}
