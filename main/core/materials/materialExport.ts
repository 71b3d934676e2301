import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { materialNames } from '../../../shared/domain/materials.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { newMediaText, type NewMediaText } from '../../../shared/rules/newMediaText.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { closeConcernsOnRelease } from '../concerns/concernResponse.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import { materialToDocument } from '../documents/lexical/materialToDocument.ts';
import { currentContentHash } from '../requests/requestContentHash.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import type { CallContext } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { loadMaterialFor } from './materialAccess.ts';
import type { MaterialRecord } from './materialRepository.ts';

/** The mark on every page of a draft export: it can never pass for the approved paper. */
export const draftHeaderMark = '草稿 · 未经审批';

/** Why the approved version of the event's materials cannot be exported, or null when it can. */
export function releaseRefusal(db: DatabaseSync, request: RequestRecord): string | null {
  if (request.state !== 'approved' || request.approvedHash === null) {
    return '该发布尚未获得新闻办和主管部门批准，不能导出正式稿。如需送审或校对，请导出草稿（每页页眉标注“草稿 · 未经审批”）。';
  }
  if (request.approvedHash !== currentContentHash(db, request)) {
    return '批准后报批内容或发布材料又被修改，与批准的版本不一致，不能导出正式稿。请重新报批，或导出草稿。';
  }
  return null;
}

export interface BuiltMaterialDocument {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  /** Content of unknown kinds that went into the file as plain text. */
  readonly warnings: readonly string[];
}

/** File names sort by event date, then unit: 20261210-县教育体育局-新闻通稿.docx */
function fileNameOf(
  db: DatabaseSync,
  request: RequestRecord,
  material: MaterialRecord,
  draft: boolean,
) {
  const date = request.fields.startsAt
    ? shanghaiDate(new Date(request.fields.startsAt)).replaceAll('-', '')
    : '未定日期';
  const unit = findUnit(db, request.fields.unitId)?.name ?? '';
  return `${date}-${unit}-${materialNames[material.kind]}${draft ? '（草稿）' : ''}.docx`;
}

/**
 * A material as a Word file in the national layout. The approved paper only while the event is
 * approved and its content still hashes to what was approved; a draft carries the mark on every page.
 */
export async function buildMaterialDocument(
  db: DatabaseSync,
  request: RequestRecord,
  material: MaterialRecord,
  draft: boolean,
): Promise<BuiltMaterialDocument> {
  if (!draft) {
    const refusal = releaseRefusal(db, request);
    if (refusal) throw new AppError('not_approved', refusal);
  }
  const mapped = materialToDocument(readMaterialDocument(JSON.parse(material.document)), {
    fallbackTitle: request.fields.title || materialNames[material.kind],
    ...(draft ? { headerMark: draftHeaderMark } : {}),
  });
  // The 答问口径 is for the speakers, never for release: it carries the office's mark (内部资料).
  const mark = material.kind === 'qa' ? readSettings(db).confidentialityMark.trim() : '';
  const bytes = await buildOfficialDocx({
    ...mapped.document,
    ...(mark ? { confidentialityMark: mark } : {}),
  });
  return {
    fileName: fileNameOf(db, request, material, draft),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    warnings: mapped.warnings,
  };
}

/**
 * Exports a material for the user; every export is audited with the file's hash. The approved
 * 新闻通稿 is the release: its export is what marks the event as released.
 */
export async function exportMaterialDocument(
  db: DatabaseSync,
  input: { readonly materialId: string; readonly draft: boolean },
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const { material, request } = loadMaterialFor(db, input.materialId, actor);
  const built = await buildMaterialDocument(db, request, material, input.draft);
  const isRelease = material.kind === 'pressRelease' && !input.draft;
  inTransaction(db, () => {
    appendAudit(db, actor, context.now, {
      action: isRelease ? 'release.export' : 'material.exportDocument',
      subjectKind: 'request',
      subjectId: request.id,
      details: {
        materialId: material.id,
        kind: material.kind,
        draft: input.draft,
        fileName: built.fileName,
        sha256: built.sha256,
        contentHash: material.contentHash,
        warnings: built.warnings.length,
      },
    });
    // A 舆情 item answered by this request closes with its release (issue 21).
    if (isRelease) closeConcernsOnRelease(db, request.id, actor, context.now);
  });
  return {
    fileName: built.fileName,
    mediaType: docxMediaType,
    contentBase64: built.bytes.toString('base64'),
    sha256: built.sha256,
  };
}

/** The approved release as text for 政务微博 and 微信 (the same gate as the Word file). */
export function materialNewMediaText(
  db: DatabaseSync,
  materialId: string,
  context: CallContext,
): NewMediaText {
  const { material, request } = loadMaterialFor(db, materialId, requireActor(context));
  const refusal = releaseRefusal(db, request);
  if (refusal) throw new AppError('not_approved', refusal);
  return newMediaText(readMaterialDocument(JSON.parse(material.document)));
}
