import type { DatabaseSync } from 'node:sqlite';

/** Sign-in attempts counted against one username (existing or not) since its last success. */
export interface SignInAttempts {
  readonly attempts: number;
  readonly lastAttemptAt: string;
}

/** Usernames are matched without regard to ASCII case, as `users.username` (COLLATE NOCASE) is. */
export const usernameKey = (username: string): string => username.toLowerCase();

export function findSignInAttempts(db: DatabaseSync, key: string): SignInAttempts | null {
  const row = db
    .prepare(
      'SELECT attempts, last_attempt_at AS lastAttemptAt FROM sign_in_attempts WHERE username_key = ?',
    )
    .get(key) as SignInAttempts | undefined;
  return row ? { attempts: row.attempts, lastAttemptAt: row.lastAttemptAt } : null;
}

export function countSignInAttempt(db: DatabaseSync, key: string, at: string): void {
  db.prepare(
    `INSERT INTO sign_in_attempts (username_key, attempts, last_attempt_at) VALUES (?, 1, ?)
     ON CONFLICT (username_key) DO UPDATE SET attempts = attempts + 1, last_attempt_at = excluded.last_attempt_at`,
  ).run(key, at);
}

export function countSignInFailure(db: DatabaseSync, key: string): void {
  db.prepare('UPDATE sign_in_attempts SET failures = failures + 1 WHERE username_key = ?').run(key);
}

export function clearSignInAttempts(db: DatabaseSync, key: string): void {
  db.prepare('DELETE FROM sign_in_attempts WHERE username_key = ?').run(key);
}

/** Forgets usernames not tried since `before`, so names tried at random do not pile up. */
export function forgetSignInAttemptsBefore(db: DatabaseSync, before: string): void {
  db.prepare('DELETE FROM sign_in_attempts WHERE last_attempt_at < ?').run(before);
}
