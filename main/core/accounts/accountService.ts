import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/channels.ts';
import type { SessionInfo } from '../../../shared/contract/accountChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CallContext } from '../callContext.ts';
import {
  readInstallationValue,
  readSettings,
  writeInstallationValue,
} from '../settings/settingsRepository.ts';
import { hashPassword, unmatchableHash, type PasswordCheck } from './passwords.ts';
import type { SessionStore } from './sessionStore.ts';
import { clearSignInAttempts, usernameKey } from './signInAttemptRepository.ts';
import type { SignInThrottle } from './signInThrottle.ts';
import { findUnit, insertUnit } from './unitRepository.ts';
import {
  countUsers,
  findUserById,
  findUserByUsername,
  insertUser,
  replaceUserRoles,
  setPasswordHash,
  type UserRecord,
} from './userRepository.ts';

export const isSetupRequired = (db: DatabaseSync): boolean => countUsers(db) === 0;

const actorOf = (user: UserRecord): Actor => ({
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  unitId: user.unitId,
});

export function sessionInfo(db: DatabaseSync, actor: Actor): SessionInfo {
  return {
    user: actor,
    unitName: actor.unitId ? (findUnit(db, actor.unitId)?.name ?? null) : null,
    officeName: readInstallationValue(db, 'officeName') ?? '',
    idleLockMinutes: readSettings(db).idleLockMinutes,
  };
}

/** First run: the office, its units and the first administrator, who is then signed in. */
export async function initializeInstallation(
  db: DatabaseSync,
  sessions: SessionStore,
  input: ParsedInput<'setup:initialize'>,
  context: CallContext,
): Promise<SessionInfo> {
  if (!isSetupRequired(db)) {
    throw new AppError(
      'setup_done',
      '本工作台已完成初始设置，不能再次设置。请使用管理员账号登录。',
    );
  }
  const names = input.units.map((unit) => unit.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new AppError('duplicate_unit', `单位“${duplicate}”重复填写了，请删去一个。`);
  const adminUnitIndex = input.adminUnitIndex ?? null;
  if (adminUnitIndex !== null && adminUnitIndex >= input.units.length) {
    throw new AppError('invalid_input', '管理员所属单位不在单位列表中。');
  }

  const passwordHash = await hashPassword(input.admin.password);
  const at = context.now.toISOString();
  const admin = inTransaction(db, () => {
    if (!isSetupRequired(db)) throw new AppError('setup_done', '本工作台已完成初始设置。');
    writeInstallationValue(db, 'officeName', input.officeName);
    writeInstallationValue(db, 'installationId', randomUUID());
    const unitIds = input.units.map((unit) => {
      const id = randomUUID();
      insertUnit(db, { id, name: unit.name, kind: unit.kind, createdAt: at });
      return id;
    });
    const userId = randomUUID();
    insertUser(db, {
      id: userId,
      username: input.admin.username,
      displayName: input.admin.displayName,
      unitId: adminUnitIndex === null ? null : (unitIds[adminUnitIndex] ?? null),
      passwordHash,
      createdAt: at,
    });
    replaceUserRoles(db, userId, ['administrator']);
    const user = findUserById(db, userId);
    if (!user) throw new Error('administrator not stored');
    appendAudit(db, actorOf(user), context.now, {
      action: 'setup.initialize',
      subjectKind: 'installation',
      subjectId: 'installation',
      details: { officeName: input.officeName, units: names, admin: input.admin.username },
    });
    return user;
  });
  sessions.signIn(context.clientKey, admin.id, context.now);
  return sessionInfo(db, actorOf(admin));
}

/** What signing in needs besides the database: the sessions, the throttle, the password check. */
export interface SignInDependencies {
  readonly db: DatabaseSync;
  readonly sessions: SessionStore;
  readonly throttle: SignInThrottle;
  readonly verifyPassword: PasswordCheck;
}

/**
 * The throttle counts the attempt before anything is awaited, so attempts sent together cannot all
 * be checked. An unknown username goes the same way as a known one (counted, a password checked
 * against a hash that matches nothing, a failure written), so neither the answers nor their timing
 * tell whether a user exists.
 */
export async function signIn(
  { db, sessions, throttle, verifyPassword }: SignInDependencies,
  input: ParsedInput<'session:signIn'>,
  context: CallContext,
): Promise<SessionInfo> {
  throttle.admit(input.username, context.clientKey, context.now);
  const user = findUserByUsername(db, input.username);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? unmatchableHash);
  if (!user || !matches) {
    inTransaction(db, () => {
      throttle.failed(input.username);
      if (user) {
        appendAudit(db, null, context.now, {
          action: 'session.signInFailed',
          subjectKind: 'user',
          subjectId: user.id,
          details: { username: user.username },
        });
      }
    });
    throw new AppError('wrong_credentials', '用户名或密码不正确。');
  }
  if (user.disabled)
    throw new AppError('user_disabled', '该账号已停用，不能登录。如有疑问请联系管理员。');
  inTransaction(db, () => {
    throttle.succeeded(user.username, context.clientKey);
    appendAudit(db, actorOf(user), context.now, {
      action: 'session.signIn',
      subjectKind: 'user',
      subjectId: user.id,
    });
  });
  sessions.signIn(context.clientKey, user.id, context.now);
  return sessionInfo(db, actorOf(user));
}

export function signOut(db: DatabaseSync, sessions: SessionStore, context: CallContext): null {
  if (context.actor) {
    appendAuditNow(db, context, {
      action: 'session.signOut',
      subjectKind: 'user',
      subjectId: context.actor.userId,
    });
  }
  sessions.signOut(context.clientKey);
  return null;
}

/** Changes the signed-in user's password and ends their sessions elsewhere; this one stays. */
export async function changeOwnPassword(
  { db, sessions, verifyPassword }: Omit<SignInDependencies, 'throttle'>,
  input: ParsedInput<'session:changePassword'>,
  context: CallContext,
): Promise<ChannelOutput<'session:changePassword'>> {
  const actor = requireActor(context);
  const user = findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('wrong_credentials', '当前密码不正确，密码未更改。');
  }
  const hash = await hashPassword(input.newPassword);
  inTransaction(db, () => {
    setPasswordHash(db, user.id, hash);
    clearSignInAttempts(db, usernameKey(user.username));
    appendAudit(db, actor, context.now, {
      action: 'user.changePassword',
      subjectKind: 'user',
      subjectId: user.id,
    });
  });
  sessions.endSessionsOf(user.id, '您的密码已更改，请使用新密码重新登录。', context.clientKey);
  return null;
}

export function requireActor(context: CallContext): Actor {
  if (!context.actor) throw new AppError('not_signed_in', '请先登录。');
  return context.actor;
}

function appendAuditNow(
  db: DatabaseSync,
  context: CallContext,
  event: Parameters<typeof appendAudit>[3],
): void {
  inTransaction(db, () => appendAudit(db, context.actor, context.now, event));
}
