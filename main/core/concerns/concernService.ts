import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { ConcernDetail, ConcernSummary } from '../../../shared/domain/concerns.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { readAttachment, storeAttachment } from '../attachments/attachmentStore.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { sendConcernStep } from './concernExchange.ts';
import {
  addConcernAttachment,
  addConcernStep,
  concernAttachments,
  insertConcern,
  listConcerns,
  type ConcernRecord,
} from './concernRepository.ts';
import {
  concernDetail,
  concernSummary,
  loadVisibleConcern,
  seesAllConcerns,
} from './concernViews.ts';

const listLimit = 500;

/** The items this user may see: all for the news office, their unit's for everyone else. */
export function visibleConcerns(
  db: DatabaseSync,
  actor: Actor,
  now: Date,
  openOnly = false,
): ConcernSummary[] {
  if (!seesAllConcerns(actor) && actor.unitId === null) return [];
  const unit = seesAllConcerns(actor) ? null : actor.unitId;
  return listConcerns(db, unit, { openOnly, limit: listLimit }).map((concern) =>
    concernSummary(db, concern, now),
  );
}

export function listConcernsFor(deps: RequestDeps, context: CallContext): ConcernSummary[] {
  return visibleConcerns(deps.db, requireActor(context), context.now);
}

export function getConcern(deps: RequestDeps, concernId: string, context: CallContext) {
  const actor = requireActor(context);
  return concernDetail(deps.db, loadVisibleConcern(deps.db, actor, concernId), actor, context.now);
}

export function activeUnitId(db: DatabaseSync, unitId: string): string {
  const unit = findUnit(db, unitId);
  if (!unit) throw new AppError('not_found', '所选单位不存在。');
  if (unit.retiredAt) throw new AppError('unit_retired', `单位“${unit.name}”已撤销。`);
  return unit.id;
}

export function registerConcern(
  deps: RequestDeps,
  input: ParsedInput<'concerns:register'>,
  context: CallContext,
): ConcernDetail {
  const actor = requireActor(context);
  const { db } = deps;
  if (Date.parse(input.firstSeenAt) > context.now.getTime()) {
    throw new AppError('invalid_input', '首次发现时间不能晚于现在。');
  }
  return inTransaction(db, () => {
    const unitIds = [...new Set(input.unitIds)].map((id) => activeUnitId(db, id));
    const at = context.now.toISOString();
    const concern: ConcernRecord = {
      id: randomUUID(),
      source: input.source,
      firstSeenAt: new Date(input.firstSeenAt).toISOString(),
      summary: input.summary,
      links: [...new Set(input.links)],
      level: input.level,
      clockMarked: input.clockMarked,
      registeredBy: actor.userId,
      registeredByName: actor.displayName,
      registeredAt: at,
      assignedUnitId: null,
      assignedDeadline: null,
      requestId: null,
      closedAt: null,
      responseMs: null,
    };
    insertConcern(db, concern, unitIds);
    addConcernStep(db, concern.id, actor, at, { kind: 'register' });
    appendAudit(db, actor, context.now, {
      action: 'concern.register',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: {
        source: concern.source,
        level: concern.level,
        firstSeenAt: concern.firstSeenAt,
        unitIds,
        clockMarked: concern.clockMarked,
      },
    });
    sendConcernStep(db, concern, { kind: 'register' }, actor, context.now);
    return concernDetail(db, concern, actor, context.now);
  });
}

export function addConcernScreenshot(
  deps: RequestDeps,
  input: ParsedInput<'concerns:addAttachment'>,
  context: CallContext,
): ConcernDetail {
  const actor = requireActor(context);
  const { db } = deps;
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('invalid_input', '附件是空文件，未添加。');
  return inTransaction(db, () => {
    const concern = loadVisibleConcern(db, actor, input.concernId);
    if (concern.closedAt) throw new AppError('closed', '该舆情已办结，不能再添加附件。');
    const sha256 = storeAttachment(
      db,
      deps.attachmentsDir,
      bytes,
      input.mediaType || 'application/octet-stream',
      context.now,
    );
    addConcernAttachment(db, {
      concernId: concern.id,
      sha256,
      fileName: input.fileName,
      addedBy: actor.userId,
      addedAt: context.now.toISOString(),
    });
    appendAudit(db, actor, context.now, {
      action: 'concern.attachmentAdded',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { fileName: input.fileName, sha256, size: bytes.length },
    });
    return concernDetail(db, concern, actor, context.now);
  });
}

export function concernAttachmentFile(
  deps: RequestDeps,
  input: ParsedInput<'concerns:attachment'>,
  context: CallContext,
): ExportedFile {
  const actor = requireActor(context);
  const concern = loadVisibleConcern(deps.db, actor, input.concernId);
  const attachment = concernAttachments(deps.db, concern.id).find(
    (entry) => entry.sha256 === input.sha256,
  );
  if (!attachment) throw new AppError('not_found', '该附件已不在此舆情中。');
  const bytes = readAttachment(deps.attachmentsDir, attachment.sha256);
  return {
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    contentBase64: bytes.toString('base64'),
    sha256: attachment.sha256,
  };
}
