import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { RequestState } from '../../../shared/domain/requests.ts';
import { activeUserIdsWithRole } from '../accounts/userRepository.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import { insertNotifications } from './notificationRepository.ts';

const titleOf = (request: RequestRecord) => `“${request.fields.title || '未命名报批'}”`;

/** Who must act on a request now that it is in `state`, and what to tell them. */
function waitingFor(
  db: DatabaseSync,
  request: RequestRecord,
): { userIds: string[]; text: string } | null {
  const title = titleOf(request);
  switch (request.state) {
    case 'unitReview':
      return {
        userIds: activeUserIdsWithRole(db, 'unitHead', request.fields.unitId),
        text: `${title}已提交，等待您作为单位负责人审核。`,
      };
    case 'newsOfficeReview':
      return {
        userIds: activeUserIdsWithRole(db, 'newsOfficeReviewer'),
        text: `${title}等待新闻办审核。`,
      };
    case 'authorityReview':
      return {
        userIds: activeUserIdsWithRole(db, 'authorityApprover'),
        text: `${title}等待主管部门审批。`,
      };
    default:
      return null;
  }
}

const outcomeText: Partial<Record<RequestState, string>> = {
  approved: '已批准',
  returned: '被退回修改',
  rejected: '不予批准',
  newsOfficeReview: '经单位负责人同意，请导出数据包报送县政府新闻办公室',
  authorityReview: '经新闻办审核同意，待主管部门审批',
};

/**
 * Tells the people concerned about a request's move from `before` to `after`: whoever must decide
 * next, and the drafter when a decision came. The actor is not told about their own action.
 */
export function notifyRequestChange(
  db: DatabaseSync,
  before: RequestState,
  after: RequestRecord,
  actor: Actor | null,
  now: Date,
): void {
  if (before === after.state) return;
  const at = now.toISOString();
  const notSelf = (ids: readonly string[]) => ids.filter((id) => id !== actor?.userId);
  const waiting = waitingFor(db, after);
  if (waiting) {
    insertNotifications(
      db,
      notSelf(waiting.userIds),
      { kind: 'waiting', subjectKind: 'request', subjectId: after.id, text: waiting.text },
      at,
    );
  }
  const outcome = outcomeText[after.state];
  if (outcome && before !== 'draft') {
    const drafters = notSelf([after.draftedBy, ...(after.submittedBy ? [after.submittedBy] : [])]);
    insertNotifications(
      db,
      drafters,
      {
        kind: 'decision',
        subjectKind: 'request',
        subjectId: after.id,
        text: `您的报批${titleOf(after)}${outcome}。`,
      },
      at,
    );
  }
  if (after.fastTracked && after.ratifiedAt === null && after.state === 'approved') {
    insertNotifications(
      db,
      notSelf(activeUserIdsWithRole(db, 'authorityApprover')),
      {
        kind: 'waiting',
        subjectKind: 'request',
        subjectId: after.id,
        text: `突发事件发布${titleOf(after)}已快速审批，待主管部门追认。`,
      },
      at,
    );
  }
}
