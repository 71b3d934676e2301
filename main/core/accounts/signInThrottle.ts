import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../appError.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  clearSignInAttempts,
  countSignInAttempt,
  countSignInFailure,
  findSignInAttempts,
  forgetSignInAttemptsBefore,
  usernameKey,
} from './signInAttemptRepository.ts';

/** How many attempts go unhindered, and how the wait between further ones grows. */
export interface ThrottleRule {
  readonly freeAttempts: number;
  readonly baseDelaySeconds: number;
  readonly maxDelaySeconds: number;
}

/** Per username: five tries, then 30 s, 1 min, 2 min… up to 15 min between tries. */
export const usernameRule: ThrottleRule = {
  freeAttempts: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
};

/** Per window or tab: more free tries, as several people may sign in at one desk. */
export const clientRule: ThrottleRule = { ...usernameRule, freeAttempts: 10 };

/** A username or client not tried for this long starts afresh. */
const forgetAfterMs = 24 * 60 * 60_000;
/** Clients tracked at most (their keys come from the caller); the longest idle go first. */
const maxTrackedClients = 10_000;

/**
 * Seconds still to wait before another attempt may be checked, after `attempts` counted ones, the
 * last at `lastAttemptAt` (ms). Each attempt past the free ones doubles the wait, up to the maximum.
 */
export function attemptWaitSeconds(
  rule: ThrottleRule,
  attempts: number,
  lastAttemptAt: number,
  now: number,
): number {
  if (attempts < rule.freeAttempts) return 0;
  const delay = Math.min(
    rule.maxDelaySeconds,
    rule.baseDelaySeconds * 2 ** (attempts - rule.freeAttempts),
  );
  return Math.max(0, Math.ceil(delay - (now - lastAttemptAt) / 1000));
}

interface ClientAttempts {
  readonly attempts: number;
  readonly lastAttemptAt: number;
}

/**
 * Slows password guessing per username (kept in the database, the same whether or not the user
 * exists) and per client (in memory). It delays rather than locks: an attempt that has waited its
 * turn is checked, so a correct password still signs in however many wrong ones came before.
 */
export class SignInThrottle {
  readonly #db: DatabaseSync;
  /** In order of last attempt, oldest first. */
  readonly #clients = new Map<string, ClientAttempts>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /**
   * Counts an attempt against the username and the client before its password is checked, or
   * refuses it, counting nothing, when it comes before its wait is over. It is synchronous, so
   * attempts arriving together are counted one after another and cannot all pass on one count.
   */
  admit(username: string, clientKey: string, now: Date): void {
    const at = now.getTime();
    const key = usernameKey(username);
    this.#forgetIdleClients(at);
    const byName = findSignInAttempts(this.#db, key);
    const byClient = this.#clients.get(clientKey);
    const wait = Math.max(
      byName && Date.parse(byName.lastAttemptAt) >= at - forgetAfterMs
        ? attemptWaitSeconds(usernameRule, byName.attempts, Date.parse(byName.lastAttemptAt), at)
        : 0,
      byClient ? attemptWaitSeconds(clientRule, byClient.attempts, byClient.lastAttemptAt, at) : 0,
    );
    if (wait > 0) {
      throw new AppError('sign_in_throttled', `登录尝试过于频繁，请稍后再试（${wait} 秒后）。`);
    }
    inTransaction(this.#db, () => {
      forgetSignInAttemptsBefore(this.#db, new Date(at - forgetAfterMs).toISOString());
      countSignInAttempt(this.#db, key, now.toISOString());
    });
    this.#clients.delete(clientKey);
    this.#clients.set(clientKey, { attempts: (byClient?.attempts ?? 0) + 1, lastAttemptAt: at });
  }

  /** Notes that an admitted attempt had the wrong password (joins the caller's transaction). */
  failed(username: string): void {
    countSignInFailure(this.#db, usernameKey(username));
  }

  /** A correct password: the username and the client start afresh. */
  succeeded(username: string, clientKey: string): void {
    clearSignInAttempts(this.#db, usernameKey(username));
    this.#clients.delete(clientKey);
  }

  #forgetIdleClients(now: number): void {
    for (const [clientKey, client] of this.#clients) {
      const idle = client.lastAttemptAt < now - forgetAfterMs;
      if (!idle && this.#clients.size < maxTrackedClients) break;
      this.#clients.delete(clientKey);
    }
  }
}
