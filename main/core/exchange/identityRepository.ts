import type { DatabaseSync } from 'node:sqlite';
import type { StoredKeyPair } from './signingKeys.ts';

export function readKeyPair(db: DatabaseSync): StoredKeyPair | null {
  const row = db
    .prepare('SELECT public_key, private_key FROM exchange_identity WHERE singleton = 1')
    .get() as { public_key: string; private_key: string } | undefined;
  return row ? { publicKey: row.public_key, privateKey: row.private_key } : null;
}

export function insertKeyPair(db: DatabaseSync, pair: StoredKeyPair, createdAt: string): void {
  db.prepare(
    'INSERT INTO exchange_identity (singleton, public_key, private_key, created_at) VALUES (1, ?, ?, ?)',
  ).run(pair.publicKey, pair.privateKey, createdAt);
}
