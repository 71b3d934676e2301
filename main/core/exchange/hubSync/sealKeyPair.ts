import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../../shared/domain/actor.ts';
import { appendAudit } from '../../audit/auditRepository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ownInstallationId } from '../exchangeIdentity.ts';
import { generateSealKeyPair, type StoredSealKeyPair } from '../hubProtocol/sealKeys.ts';
import { fingerprintOf } from '../signingKeys.ts';

function readSealKeyPair(db: DatabaseSync): StoredSealKeyPair | null {
  const row = db
    .prepare('SELECT public_key, private_key FROM hub_seal_key WHERE singleton = 1')
    .get() as { public_key: string; private_key: string } | undefined;
  return row ? { publicKey: row.public_key, privateKey: row.private_key } : null;
}

/** This installation's X25519 seal key pair, created (and audited) the first time it is needed. */
export function ensureSealKeyPair(
  db: DatabaseSync,
  actor: Actor | null,
  now: Date,
): StoredSealKeyPair {
  const installationId = ownInstallationId(db);
  return (
    readSealKeyPair(db) ??
    inTransaction(db, () => {
      const pair = generateSealKeyPair();
      db.prepare(
        'INSERT INTO hub_seal_key (singleton, public_key, private_key, created_at) VALUES (1, ?, ?, ?)',
      ).run(pair.publicKey, pair.privateKey, now.toISOString());
      appendAudit(db, actor, now, {
        action: 'exchange.sealKey.create',
        subjectKind: 'installation',
        subjectId: installationId,
        details: { fingerprint: fingerprintOf(pair.publicKey) },
      });
      return pair;
    })
  );
}
