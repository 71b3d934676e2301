import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { materialNames } from '../../../shared/domain/materials.ts';
import { editVoidReason } from '../../../shared/domain/signOffVoidReason.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { voidApproval } from '../requests/requestDrafting.ts';
import { saveRequest, type RequestRecord } from '../requests/requestRepository.ts';
import type { StorableContent } from './materialContent.ts';
import {
  addEditor,
  lastAuditOf,
  updateMaterialContent,
  type MaterialHeader,
} from './materialRepository.ts';
import { voidSignOffs } from './signOffRepository.ts';

export interface AppliedContent {
  readonly material: MaterialHeader;
  readonly voidedSignOffs: number;
  readonly approvalVoided: boolean;
}

/** A run of autosaves by one person is one audit entry, renewed after this much quiet. */
const auditQuietMs = 10 * 60_000;

/** Voids what the old content backed: the sign-offs, and an approval of the event. */
export function voidWhatContentBacked(
  db: DatabaseSync,
  materialId: string,
  request: RequestRecord,
  change: string,
  actor: Actor,
  now: Date,
): { voidedSignOffs: number; approvalVoided: boolean } {
  const at = now.toISOString();
  const reason = editVoidReason(actor.displayName, formatShanghaiDateTime(at));
  const voidedSignOffs = voidSignOffs(db, materialId, at, reason);
  if (voidedSignOffs > 0) {
    appendAudit(db, actor, now, {
      action: 'material.signOffsVoided',
      subjectKind: 'material',
      subjectId: materialId,
      details: { count: voidedSignOffs },
    });
  }
  if (request.state !== 'approved') return { voidedSignOffs, approvalVoided: false };
  const bumped = { ...request, revision: request.revision + 1, updatedAt: at };
  saveRequest(db, voidApproval(db, bumped, [change], actor, now));
  return { voidedSignOffs, approvalVoided: true };
}

/**
 * Makes `content` the material's current content (inside the caller's transaction), in place of
 * the stored layout's blocks `previous`: the editor joins the material's drafters, sign-offs and
 * an approval of the event no longer hold, and the search index follows at the next search.
 */
export function applyContent(
  db: DatabaseSync,
  material: MaterialHeader,
  previous: readonly string[],
  request: RequestRecord,
  content: StorableContent,
  actor: Actor,
  now: Date,
): AppliedContent {
  const at = now.toISOString();
  const updated: MaterialHeader = {
    ...material,
    contentHash: content.contentHash,
    charCount: content.charCount,
    revision: material.revision + 1,
    updatedByName: actor.displayName,
    updatedAt: at,
  };
  updateMaterialContent(db, material.id, updated, content, previous, true);
  addEditor(db, material.id, actor.userId);
  const voided = voidWhatContentBacked(
    db,
    material.id,
    request,
    `材料“${materialNames[material.kind]}”`,
    actor,
    now,
  );
  const last = lastAuditOf(db, 'material', material.id);
  const quiet = !last || now.getTime() - Date.parse(last.at) > auditQuietMs;
  if (last?.action !== 'material.edit' || last.actorId !== actor.userId || quiet) {
    appendAudit(db, actor, now, {
      action: 'material.edit',
      subjectKind: 'material',
      subjectId: material.id,
      details: { revision: updated.revision, contentHash: updated.contentHash },
    });
  }
  return { material: updated, ...voided };
}
