import type { DatabaseSync } from 'node:sqlite';
import type { accountChannels } from '../../../shared/contract/accountChannels.ts';
import {
  changeOwnPassword,
  initializeInstallation,
  sessionInfo,
  signIn,
  signOut,
} from '../accounts/accountService.ts';
import type { PasswordCheck } from '../accounts/passwords.ts';
import type { SessionStore } from '../accounts/sessionStore.ts';
import { SignInThrottle } from '../accounts/signInThrottle.ts';
import {
  createUnit,
  renameExistingUnit,
  retireExistingUnit,
} from '../accounts/unitAdminService.ts';
import { listUnits } from '../accounts/unitRepository.ts';
import {
  createUser,
  listUserSummaries,
  pageUserSummaries,
  resetPassword,
  setDisabled,
  updateUser,
} from '../accounts/userAdminService.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { readSettings, writeSettings } from '../settings/settingsRepository.ts';

type AccountHandlers = Pick<Handlers, keyof typeof accountChannels>;

export function accountHandlers(
  db: DatabaseSync,
  sessions: SessionStore,
  verifyPassword: PasswordCheck,
): AccountHandlers {
  const signInDependencies = { db, sessions, throttle: new SignInThrottle(db), verifyPassword };
  return {
    'setup:initialize': (input, context) => initializeInstallation(db, sessions, input, context),
    'session:current': (_input, context) => (context.actor ? sessionInfo(db, context.actor) : null),
    'session:signIn': (input, context) => signIn(signInDependencies, input, context),
    'session:signOut': (_input, context) => signOut(db, sessions, context),
    'session:lock': (_input, context) => {
      sessions.lock(context.clientKey);
      return null;
    },
    'session:changePassword': (input, context) =>
      changeOwnPassword(signInDependencies, input, context),
    'users:list': () => listUserSummaries(db),
    'users:page': (input) => pageUserSummaries(db, input),
    'users:create': (input, context) => createUser(db, input, context),
    'users:update': (input, context) => updateUser(db, input, context),
    'users:setDisabled': (input, context) => setDisabled(db, sessions, input, context),
    'users:resetPassword': (input, context) => resetPassword(db, sessions, input, context),
    'units:list': (input) => listUnits(db, input.includeRetired ?? false),
    'units:create': (input, context) => createUnit(db, input, context),
    'units:rename': (input, context) => renameExistingUnit(db, input, context),
    'units:retire': (input, context) => retireExistingUnit(db, input, context),
    'settings:get': () => readSettings(db),
    'settings:update': (input, context) =>
      inTransaction(db, () => {
        const before = readSettings(db);
        writeSettings(db, input);
        appendAudit(db, context.actor, context.now, {
          action: 'settings.update',
          subjectKind: 'settings',
          subjectId: 'settings',
          details: { before, after: input },
        });
        return readSettings(db);
      }),
  };
}
