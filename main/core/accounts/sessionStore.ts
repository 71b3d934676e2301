import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { SessionResolver } from '../callContext.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { findUserById } from './userRepository.ts';

interface Session {
  readonly userId: string;
  lastActivity: number;
  locked: boolean;
}

/**
 * Who is signed in on which client, held in main only. Each call re-reads the user, so a disabled
 * account or a changed role takes effect at once; a session idle past the administrator's limit
 * is locked until its user signs in again; a session ended by a password change says so until
 * its client signs in or out.
 */
export class SessionStore implements SessionResolver {
  readonly #sessions = new Map<string, Session>();
  /** Why the session of a client was ended, until that client signs in or out. */
  readonly #endedBecause = new Map<string, string>();
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  signIn(clientKey: string, userId: string, now: Date): void {
    this.#endedBecause.delete(clientKey);
    this.#sessions.set(clientKey, { userId, lastActivity: now.getTime(), locked: false });
  }

  signOut(clientKey: string): void {
    this.#endedBecause.delete(clientKey);
    this.#sessions.delete(clientKey);
  }

  lock(clientKey: string): void {
    const session = this.#sessions.get(clientKey);
    if (session) session.locked = true;
  }

  signOutUser(userId: string): void {
    for (const [key, session] of this.#sessions) {
      if (session.userId === userId) this.#sessions.delete(key);
    }
  }

  /** Ends every session of the user but the one on `keepClientKey`; each is told `reason`. */
  endSessionsOf(userId: string, reason: string, keepClientKey: string): void {
    for (const [key, session] of this.#sessions) {
      if (session.userId !== userId || key === keepClientKey) continue;
      this.#sessions.delete(key);
      this.#endedBecause.set(key, reason);
    }
  }

  endedBecause(clientKey: string): string | null {
    return this.#sessions.has(clientKey) ? null : (this.#endedBecause.get(clientKey) ?? null);
  }

  actorFor(clientKey: string, now: Date, touch = true): Actor | 'locked' | null {
    const session = this.#sessions.get(clientKey);
    if (!session) return null;
    const idleLimit = readSettings(this.#db).idleLockMinutes * 60_000;
    if (session.locked || now.getTime() - session.lastActivity > idleLimit) {
      session.locked = true;
      return 'locked';
    }
    const user = findUserById(this.#db, session.userId);
    if (!user || user.disabled) {
      this.#sessions.delete(clientKey);
      return null;
    }
    if (touch) session.lastActivity = now.getTime();
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      unitId: user.unitId,
    };
  }
}
