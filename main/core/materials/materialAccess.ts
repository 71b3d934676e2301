import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { refusalOf } from '../../../shared/rules/requestWorkflow.ts';
import { AppError } from '../appError.ts';
import { checkVisible, factsOf } from '../requests/requestAccess.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import { listDecisions, type RequestRecord } from '../requests/requestRepository.ts';
import {
  findMaterialHeader,
  withDocument,
  type MaterialHeader,
  type MaterialRecord,
} from './materialRepository.ts';

const inReview: readonly RequestState[] = ['unitReview', 'newsOfficeReview', 'authorityReview'];

/** A material and its event, once the actor is known to see the event. */
export function loadMaterialFor(
  db: DatabaseSync,
  materialId: string,
  actor: Actor,
): { material: MaterialRecord; request: RequestRecord } {
  const { material, request } = loadMaterialHeaderFor(db, materialId, actor);
  return { material: withDocument(db, material), request };
}

/** As `loadMaterialFor`, without assembling the document (an autosave reads its layout). */
export function loadMaterialHeaderFor(
  db: DatabaseSync,
  materialId: string,
  actor: Actor,
): { material: MaterialHeader; request: RequestRecord } {
  const material = findMaterialHeader(db, materialId);
  if (!material) throw new AppError('not_found', '找不到该材料，可能已被删除或尚未导入。');
  const request = loadRequest(db, material.requestId);
  try {
    checkVisible(actor, request);
  } catch {
    throw new AppError('not_found', '找不到该材料，或您无权查看。');
  }
  return { material, request };
}

/**
 * Why `actor` may not change the event's materials now, or null: the request's own edit rule
 * (its drafters, in a state open to edits) and the materials.edit permission.
 */
export function editRefusal(db: DatabaseSync, request: RequestRecord, actor: Actor): string | null {
  if (!hasPermission(actor.roles, 'materials.edit')) return '您的角色不能编辑发布材料。';
  if (inReview.includes(request.state)) {
    return '报批正在审核中，材料暂不能修改。如需修改，请先撤回报批。';
  }
  return refusalOf(factsOf(request, listDecisions(db, request.id)), actor, 'edit')?.message ?? null;
}

export function enforceEdit(db: DatabaseSync, request: RequestRecord, actor: Actor): void {
  const refusal = editRefusal(db, request, actor);
  if (refusal) throw new AppError('forbidden', refusal);
}
