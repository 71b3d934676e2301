import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import {
  concernSourceNames,
  type ConcernDetail,
  type ConcernResponseForm,
} from '../../../shared/domain/concerns.ts';
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
import { sendConcernStep } from './concernExchange.ts';
import { concernDetail, loadVisibleConcern } from './concernViews.ts';

const titleLength = 60;

/** A one-line title from the summary's first line, worded for the form of the response. */
function titleOf(summary: string, form: ConcernResponseForm): string {
  const line = (summary.split(/\r?\n/)[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。！？；，、.!?;,]+$/u, '');
  const short =
    [...line].length > titleLength ? `${[...line].slice(0, titleLength).join('')}…` : line;
  if (form === 'newMedia') return `关于“${short}”的政务新媒体发布`;
  if (form === 'pressQuestions') return `就“${short}”答记者问`;
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
 * From the item, the news office opens a request on the existing fast track (an emergency press
 * conference, a 政务新媒体 release or a 答记者问) on behalf of the responsible unit (or the first
 * unit concerned), its title and background taken from the item; the request is linked to the
 * item so that its release closes it. Each then goes through clearance and approval as any other.
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
      throw new AppError('conflict', '已从该舆情发起过回应报批，请在该报批中继续办理。');
    }
    const unitId = concern.assignedUnitId ?? concernUnits(db, concern.id)[0]?.id;
    if (!unitId) throw new AppError('invalid_input', '该舆情没有涉及单位。');
    const title = titleOf(concern.summary, input.form);
    const opened = openEmergency(deps, { unitId, title }, context, input.form);
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
      details: { requestId: opened.id, title, form: input.form },
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
    const closed = { ...concern, closedAt: now.toISOString(), responseMs };
    updateConcern(db, closed);
    const details = { kind: 'close', requestId, responseMs } as const;
    addConcernStep(db, concern.id, actor, now.toISOString(), details);
    appendAudit(db, actor, now, {
      action: 'concern.close',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { requestId, responseMs },
    });
    sendConcernStep(db, closed, details, actor, now);
  }
}
