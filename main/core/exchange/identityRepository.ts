import type { DatabaseSync } from 'node:sqlite';
import type { StoredKeyPair } from './signingKeys.ts';

export function readKeyPair(db: DatabaseSync): StoredKeyPair | null {
  const row = db
    .prepare('SELECT public_key, private_key FROM exchange_identity WHERE singleton = 1')
    .get() as { public_key: string; private_key: string } | undefined;
  return row ? { publicKey: row.public_key, privateKey: row.private_key } : null;
}

/** When this installation's key pair was made (null before it exists). */
export function readKeyCreatedAt(db: DatabaseSync): string | null {
  const row = db.prepare('SELECT created_at FROM exchange_identity WHERE singleton = 1').get() as
    { created_at: string } | undefined;
  return row?.created_at ?? null;
}

export function insertKeyPair(db: DatabaseSync, pair: StoredKeyPair, createdAt: string): void {
  db.prepare(
    'INSERT INTO exchange_identity (singleton, public_key, private_key, created_at) VALUES (1, ?, ?, ?)',
  ).run(pair.publicKey, pair.privateKey, createdAt);
}
