import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ExchangeIdentity } from '../../../shared/contract/exchangeChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { displayName } from '../../../shared/text/displayText.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { insertKeyPair, readKeyCreatedAt, readKeyPair } from './identityRepository.ts';
import {
  fingerprintOf,
  generateSigningKeyPair,
  publicKeyFromBase64,
  type StoredKeyPair,
} from './signingKeys.ts';

/** What one installation tells another so that its records can be checked there. */
export interface PeerCard {
  readonly installationId: string;
  readonly name: string;
  readonly publicKey: string;
}

export const installationIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const cardSchema = z.strictObject({
  installationId: installationIdSchema,
  name: displayName(100, '机关名称'),
  publicKey: z.string().max(100),
});

export function ownInstallationId(db: DatabaseSync): string {
  const id = readInstallationValue(db, 'installationId');
  if (!id) throw exchangeErrors.notSetUp();
  return id;
}

export const ownOfficeName = (db: DatabaseSync): string =>
  readInstallationValue(db, 'officeName') ?? '';

/** This installation's key pair, created (and audited) the first time it is needed. */
export function ensureKeyPair(db: DatabaseSync, actor: Actor | null, now: Date): StoredKeyPair {
  const installationId = ownInstallationId(db);
  return (
    readKeyPair(db) ??
    inTransaction(db, () => {
      const pair = generateSigningKeyPair();
      insertKeyPair(db, pair, now.toISOString());
      appendAudit(db, actor, now, {
        action: 'exchange.identity.create',
        subjectKind: 'installation',
        subjectId: installationId,
        details: { fingerprint: fingerprintOf(pair.publicKey) },
      });
      return pair;
    })
  );
}

export function peerCardText(card: PeerCard): string {
  return JSON.stringify({
    installationId: card.installationId,
    name: card.name,
    publicKey: card.publicKey,
  });
}

export function exchangeIdentity(
  db: DatabaseSync,
  actor: Actor | null,
  now: Date,
): ExchangeIdentity {
  const pair = ensureKeyPair(db, actor, now);
  const card: PeerCard = {
    installationId: ownInstallationId(db),
    name: ownOfficeName(db),
    publicKey: pair.publicKey,
  };
  return {
    installationId: card.installationId,
    officeName: card.name,
    fingerprint: fingerprintOf(pair.publicKey),
    keyCreatedAt: readKeyCreatedAt(db) ?? now.toISOString(),
    card: peerCardText(card),
  };
}

export function parsePeerCard(text: string): PeerCard {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw exchangeErrors.badCard('不是完整的名片文字');
  }
  const parsed = cardSchema.safeParse(value);
  if (!parsed.success) {
    // A name with hidden characters is named as such: the other side has to fix its office name.
    const nameIssue = parsed.error.issues.find(
      (issue) => issue.path[0] === 'name' && issue.code !== 'invalid_type',
    );
    throw exchangeErrors.badCard(nameIssue?.message.replace(/。$/, '') ?? '缺少或多出了内容');
  }
  if (!publicKeyFromBase64(parsed.data.publicKey)) throw exchangeErrors.badCard('公钥无效');
  return parsed.data;
}
