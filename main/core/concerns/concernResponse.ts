import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { concernSourceNames, type ConcernDetail } from '../../../shared/domain/concerns.ts';
import { formatDayTime } from '../../../shared/text/chineseDates.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { openEmergency, saveDraft } from '../requests/requestDrafting.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import {
  addConcernStep,
  concernUnits,
  openConcernsOfRequest,
  updateConcern,
  type ConcernRecord,
} from './concernRepository.ts';
import { concernDetail, loadVisibleConcern } from './concernViews.ts';

const titleLength = 60;

/** A one-line title from the summary's first line: 关于“…”的情况发布. */
function titleOf(summary: string): string {
  const line = (summary.split(/\r?\n/)[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。！？；，、.!?;,]+$/u, '');
  const short =
    [...line].length > titleLength ? `${[...line].slice(0, titleLength).join('')}…` : line;
  return `关于“${short}”的情况发布`;
}

function backgroundOf(concern: ConcernRecord): string {
  const lines = [
    `舆情来源：${concernSourceNames[concern.source]}；首次发现：${formatDayTime(concern.firstSeenAt, { weekday: true })}。`,
    concern.summary,
    ...(concern.links.length > 0 ? ['相关链接：', ...concern.links] : []),
  ];
  return lines.join('\n').slice(0, 4000);
}

/**
 * From the item, the news office opens an emergency request (the existing fast track) on behalf
 * of the responsible unit (or the first unit concerned), its title and background taken from the
 * item; the request is linked to the item so that its release closes it.
 */
export function openEmergencyFromConcern(
  deps: RequestDeps,
  input: ParsedInput<'concerns:openEmergency'>,
  context: CallContext,
): ConcernDetail {
  const actor = requireActor(context);
  const { db } = deps;
  return inTransaction(db, () => {
    const concern = loadVisibleConcern(db, actor, input.concernId);
    if (concern.closedAt) throw new AppError('closed', '该舆情已办结。');
    if (concern.requestId) {
      throw new AppError('conflict', '已从该舆情发起过突发事件报批，请在该报批中继续办理。');
    }
    const unitId = concern.assignedUnitId ?? concernUnits(db, concern.id)[0]?.id;
    if (!unitId) throw new AppError('invalid_input', '该舆情没有涉及单位。');
    const title = titleOf(concern.summary);
    const opened = openEmergency(deps, { unitId, title }, context);
    saveDraft(
      deps,
      {
        requestId: opened.id,
        revision: opened.revision,
        fields: {
          ...opened.fields,
          content: {
            ...opened.fields.content,
            participants: [...opened.fields.content.participants],
            invitedMedia: [...opened.fields.content.invitedMedia],
            otherAgencies: [...opened.fields.content.otherAgencies],
            summary: backgroundOf(concern),
          },
        },
      },
      context,
    );
    const updated = { ...concern, requestId: opened.id };
    updateConcern(db, updated);
    addConcernStep(db, concern.id, actor, context.now.toISOString(), {
      kind: 'emergency',
      requestId: opened.id,
      title,
    });
    appendAudit(db, actor, context.now, {
      action: 'concern.emergency',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { requestId: opened.id, title },
    });
    return concernDetail(db, updated, actor, context.now);
  });
}

/**
 * Called when a request's release is exported (in the export's transaction): the items it answers
 * close, each with the time from first sight to now.
 */
export function closeConcernsOnRelease(
  db: DatabaseSync,
  requestId: string,
  actor: Actor,
  now: Date,
): void {
  for (const concern of openConcernsOfRequest(db, requestId)) {
    const responseMs = Math.max(0, now.getTime() - Date.parse(concern.firstSeenAt));
    updateConcern(db, { ...concern, closedAt: now.toISOString(), responseMs });
    addConcernStep(db, concern.id, actor, now.toISOString(), {
      kind: 'close',
      requestId,
      responseMs,
    });
    appendAudit(db, actor, now, {
      action: 'concern.close',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { requestId, responseMs },
    });
  }
}
