import type { Migration } from '../migration.ts';

/**
 * Sign-in attempts per username, whether or not a user of that name exists, so the throttle treats
 * both alike (and does not tell them apart). The counts kept on `users` until now move here.
 */
export const signInAttemptsMigration: Migration = {
  version: 10,
  name: 'sign-in attempts',
  up: (db) => {
    db.exec(`
      CREATE TABLE sign_in_attempts (
        username_key TEXT PRIMARY KEY NOT NULL,
        attempts INTEGER NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sign_in_attempts_last ON sign_in_attempts (last_attempt_at);

      INSERT INTO sign_in_attempts (username_key, attempts, failures, last_attempt_at)
        SELECT lower(username), failed_sign_ins, failed_sign_ins, last_failed_at FROM users
        WHERE failed_sign_ins > 0 AND last_failed_at IS NOT NULL;

      ALTER TABLE users DROP COLUMN failed_sign_ins;
      ALTER TABLE users DROP COLUMN last_failed_at;
    `);
  },
};
