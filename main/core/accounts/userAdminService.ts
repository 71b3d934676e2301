import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { Paged } from '../../../shared/contract/listQuery.ts';
import type { UserSummary } from '../../../shared/domain/users.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import { requireActor } from './accountService.ts';
import { hashPassword } from './passwords.ts';
import type { SessionStore } from './sessionStore.ts';
import { clearSignInAttempts, usernameKey } from './signInAttemptRepository.ts';
import { findUnit } from './unitRepository.ts';
import {
  countActiveAdministrators,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  pageUsers,
  replaceUserRoles,
  setPasswordHash,
  setUserDisabled,
  toSummary,
  updateUserProfile,
  type UserRecord,
} from './userRepository.ts';

export const listUserSummaries = (db: DatabaseSync): UserSummary[] => listUsers(db).map(toSummary);

/** The 用户管理 list, one page at a time. */
export function pageUserSummaries(
  db: DatabaseSync,
  input: ParsedInput<'users:page'>,
): Paged<UserSummary> {
  const { records, total } = pageUsers(db, {
    keyword: input.keyword || null,
    unitId: input.unitId ?? null,
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return { items: records.map(toSummary), total };
}

function existingUser(db: DatabaseSync, userId: string): UserRecord {
  const user = findUserById(db, userId);
  if (!user)
    throw new AppError('not_found', '找不到该用户，可能已被其他管理员修改。请刷新后重试。');
  return user;
}

function checkUnit(db: DatabaseSync, unitId: string | null): void {
  if (unitId === null) return;
  const unit = findUnit(db, unitId);
  if (!unit) throw new AppError('not_found', '所选单位不存在。');
  if (unit.retiredAt)
    throw new AppError('unit_retired', `单位“${unit.name}”已撤销，不能再分配用户。`);
}

/** At least one enabled administrator must remain, or nobody could manage the workbench. */
function keepAnAdministrator(db: DatabaseSync): void {
  if (countActiveAdministrators(db) === 0) {
    throw new AppError('last_administrator', '至少要保留一名启用状态的管理员，此操作未执行。');
  }
}

export async function createUser(
  db: DatabaseSync,
  input: ParsedInput<'users:create'>,
  context: CallContext,
): Promise<UserSummary> {
  const actor = requireActor(context);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, () => {
    if (findUserByUsername(db, input.username)) {
      throw new AppError('username_taken', `用户名“${input.username}”已被使用，请换一个。`);
    }
    checkUnit(db, input.unitId);
    const id = randomUUID();
    insertUser(db, {
      id,
      username: input.username,
      displayName: input.displayName,
      unitId: input.unitId,
      passwordHash,
      createdAt: context.now.toISOString(),
    });
    replaceUserRoles(db, id, input.roles);
    appendAudit(db, actor, context.now, {
      action: 'user.create',
      subjectKind: 'user',
      subjectId: id,
      details: {
        username: input.username,
        displayName: input.displayName,
        unitId: input.unitId,
        roles: input.roles,
      },
    });
    return toSummary(existingUser(db, id));
  });
}

export function updateUser(
  db: DatabaseSync,
  input: ParsedInput<'users:update'>,
  context: CallContext,
): UserSummary {
  const actor = requireActor(context);
  return inTransaction(db, () => {
    const before = existingUser(db, input.userId);
    checkUnit(db, input.unitId);
    updateUserProfile(db, input.userId, { displayName: input.displayName, unitId: input.unitId });
    replaceUserRoles(db, input.userId, input.roles);
    keepAnAdministrator(db);
    appendAudit(db, actor, context.now, {
      action: 'user.update',
      subjectKind: 'user',
      subjectId: input.userId,
      details: {
        before: { displayName: before.displayName, unitId: before.unitId, roles: before.roles },
        after: { displayName: input.displayName, unitId: input.unitId, roles: input.roles },
      },
    });
    return toSummary(existingUser(db, input.userId));
  });
}

export function setDisabled(
  db: DatabaseSync,
  sessions: SessionStore,
  input: ParsedInput<'users:setDisabled'>,
  context: CallContext,
): UserSummary {
  const actor = requireActor(context);
  if (input.disabled && input.userId === actor.userId) {
    throw new AppError('cannot_disable_self', '不能停用自己正在使用的账号。');
  }
  const user = inTransaction(db, () => {
    existingUser(db, input.userId);
    setUserDisabled(db, input.userId, input.disabled ? context.now.toISOString() : null);
    keepAnAdministrator(db);
    appendAudit(db, actor, context.now, {
      action: input.disabled ? 'user.disable' : 'user.enable',
      subjectKind: 'user',
      subjectId: input.userId,
    });
    return toSummary(existingUser(db, input.userId));
  });
  if (input.disabled) sessions.signOutUser(input.userId);
  return user;
}

/** Sets a new password and ends the user's sessions (all of them, unless it is the caller's own). */
export async function resetPassword(
  db: DatabaseSync,
  sessions: SessionStore,
  input: ParsedInput<'users:resetPassword'>,
  context: CallContext,
): Promise<null> {
  const actor = requireActor(context);
  const hash = await hashPassword(input.newPassword);
  inTransaction(db, () => {
    const user = existingUser(db, input.userId);
    setPasswordHash(db, input.userId, hash);
    clearSignInAttempts(db, usernameKey(user.username));
    appendAudit(db, actor, context.now, {
      action: 'user.resetPassword',
      subjectKind: 'user',
      subjectId: input.userId,
    });
  });
  sessions.endSessionsOf(
    input.userId,
    '管理员已重置您的密码，请使用新密码重新登录。',
    context.clientKey,
  );
  return null;
}
