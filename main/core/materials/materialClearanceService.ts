import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { EvidenceFile, MaterialChecklist } from '../../../shared/domain/materialClearance.ts';
import { blocksOf } from '../../../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import {
  checklistOf,
  refusalToSign,
  type ChecklistFacts,
} from '../../../shared/rules/materialClearance.ts';
import { forbiddenWordsMessage } from '../../../shared/rules/wordingHits.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { readAttachment, sha256Hex, storeAttachment } from '../attachments/attachmentStore.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { loadMaterialFor } from './materialAccess.ts';
import type { MaterialDeps } from './materialDeps.ts';
import { listEditors, type MaterialRecord } from './materialRepository.ts';
import { ensureVersion } from './materialVersions.ts';
import { insertSignOff, isEvidenceOf, listSignOffs } from './signOffRepository.ts';
import { wordingHitsIn } from './wordingLists.ts';

/** What the checklist of one material depends on now (also read by 待办, for who may sign). */
export function clearanceOf(db: DatabaseSync, material: MaterialRecord, request: RequestRecord) {
  const hits = wordingHitsIn(db, blocksOf(readMaterialDocument(JSON.parse(material.document))));
  const facts: ChecklistFacts = {
    template: readSettings(db).clearanceChecklist,
    otherAgencies: request.fields.content.otherAgencies,
    signOffs: listSignOffs(db, material.id),
    contentHash: material.contentHash,
    editors: listEditors(db, material.id),
    requestState: request.state,
    forbiddenMessage: forbiddenWordsMessage(hits),
  };
  return { facts, hits };
}

const checklistView = (
  db: DatabaseSync,
  material: MaterialRecord,
  request: RequestRecord,
  actor: Actor,
): MaterialChecklist => {
  const { facts, hits } = clearanceOf(db, material, request);
  return { contentHash: material.contentHash, items: checklistOf(facts, actor), wordingHits: hits };
};

export function materialChecklist(
  deps: MaterialDeps,
  materialId: string,
  context: CallContext,
): MaterialChecklist {
  const actor = requireActor(context);
  const { material, request } = loadMaterialFor(deps.db, materialId, actor);
  return checklistView(deps.db, material, request, actor);
}

/**
 * Signs one checklist item for the content the signer reviewed. The sign-off is bound to a version
 * of that content (taken now if the content has changed since the last version); a later edit
 * voids it. Refused for the material's own drafters, for roles the item does not name, and while
 * the material contains forbidden words.
 */
export function signChecklistItem(
  deps: MaterialDeps,
  input: ParsedInput<'materials:sign'>,
  context: CallContext,
): MaterialChecklist {
  const actor = requireActor(context);
  const { db } = deps;
  const files = input.evidence.map((file) => ({
    ...file,
    bytes: Buffer.from(file.contentBase64, 'base64'),
  }));
  if (files.some((file) => file.bytes.length === 0)) {
    throw new AppError('invalid_input', '证明材料中有空文件，未签署。');
  }
  return inTransaction(db, () => {
    const { material, request } = loadMaterialFor(db, input.materialId, actor);
    if (input.contentHash !== material.contentHash) {
      throw new AppError('conflict', '材料在您审阅后又被修改。请重新审阅当前内容后再签署。');
    }
    const { facts } = clearanceOf(db, material, request);
    const item = facts.template.find((candidate) => candidate.id === input.itemId);
    if (!item) throw new AppError('not_found', '审查清单中没有该项，可能已被管理员修改。请刷新。');
    const refusal = refusalToSign(facts, item, actor);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const version = ensureVersion(db, material, 'clearance', actor, context.now);
    const evidence: EvidenceFile[] = files.map((file) => ({
      sha256: storeAttachment(
        db,
        deps.attachmentsDir,
        file.bytes,
        file.mediaType || 'application/octet-stream',
        context.now,
      ),
      fileName: file.fileName,
      size: file.bytes.length,
    }));
    const signOff = {
      id: randomUUID(),
      itemId: item.id,
      itemLabel: item.label,
      versionNumber: version.number,
      contentHash: material.contentHash,
      note: input.note,
      evidence,
      signedBy: actor.userId,
      signedByName: actor.displayName,
      signedAt: context.now.toISOString(),
      voidedAt: null,
      voidedReason: null,
    };
    insertSignOff(db, material.id, signOff);
    appendAudit(db, actor, context.now, {
      action: 'material.signed',
      subjectKind: 'material',
      subjectId: material.id,
      details: {
        itemId: item.id,
        versionNumber: version.number,
        contentHash: material.contentHash,
        evidence: evidence.map(({ sha256, fileName }) => ({ sha256, fileName })),
      },
    });
    return checklistView(db, material, request, actor);
  });
}

export function evidenceFile(
  deps: MaterialDeps,
  input: ParsedInput<'materials:evidence'>,
  context: CallContext,
): ExportedFile {
  const { material } = loadMaterialFor(deps.db, input.materialId, requireActor(context));
  const fileName = isEvidenceOf(deps.db, material.id, input.sha256);
  if (!fileName) throw new AppError('not_found', '该文件不是此材料的审查证明材料。');
  const bytes = readAttachment(deps.attachmentsDir, input.sha256);
  return {
    fileName,
    mediaType: 'application/octet-stream',
    contentBase64: bytes.toString('base64'),
    sha256: sha256Hex(bytes),
  };
}
