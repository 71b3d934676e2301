import { createHash, createPrivateKey, createPublicKey, type BinaryLike } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { canonicalJson } from '../../../../shared/canonicalJson.ts';
import { attachmentPath } from '../../attachments/attachmentStore.ts';
import { legacyKindToken, legacyTokens } from './legacySearchTokens.ts';

/** What a fixture writer works on: a database at exactly its version, and the data folder's files. */
export interface FixtureContext {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
  /** The hash of `fixturePassword`, shared by every fixture user (scrypt is slow to compute). */
  readonly passwordHash: string;
}

export type FixtureWriter = (context: FixtureContext) => void;

const sha256 = (data: BinaryLike): string => createHash('sha256').update(data).digest('hex');

/** A UUID-shaped id derived from a name: stable from run to run, and readable where it is used. */
export function fixtureId(name: string): string {
  const hex = sha256(`migration fixture ${name}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One row, spelled out column by column as the schema of the writer's version has them. */
export function insertRow(
  db: DatabaseSync,
  table: string,
  row: Readonly<Record<string, SQLInputValue>>,
): void {
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...Object.values(row));
}

export interface FixtureActor {
  readonly id: string;
  readonly displayName: string;
}

/**
 * Appends an audit row as the releases of schemas 2 to 9 wrote it: SHA-256 over the previous
 * row's hash and the row's canonical content. Kept here, frozen, instead of calling today's append,
 * so that the fixture holds what an old database holds however the chain's format moves on.
 */
export function auditRow(
  db: DatabaseSync,
  actor: FixtureActor | null,
  at: string,
  action: string,
  subject: readonly [kind: string, id: string],
  details: Readonly<Record<string, unknown>> = {},
): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at,
    actor_id: actor?.id ?? null,
    actor_name: actor?.displayName ?? null,
    action,
    subject_kind: subject[0],
    subject_id: subject[1],
    details: canonicalJson(details),
    prev_hash: last?.hash ?? '0'.repeat(64),
  };
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    details: row.details,
  });
  insertRow(db, 'audit_log', { ...row, hash: sha256(`${row.prev_hash}\n${content}`) });
}

/** A search document (added or replaced) with its tokens written at once, as before schema 9. */
export function indexRow(
  db: DatabaseSync,
  document: { kind: string; refId: string; title: string; body: string; updatedAt: string },
): void {
  const { id } = db
    .prepare(
      `INSERT INTO search_documents (kind, ref_id, title, body, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body,
         updated_at = excluded.updated_at
       RETURNING id`,
    )
    .get(document.kind, document.refId, document.title, document.body, document.updatedAt) as {
    id: number;
  };
  const tokens = legacyTokens(`${document.title}\n${document.body}`);
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(id);
  insertRow(db, 'search_index', {
    rowid: id,
    kind: legacyKindToken(document.kind),
    unigrams: tokens.unigrams,
    bigrams: tokens.bigrams,
  });
}

/** Stores a file under its SHA-256 in the data folder and records it, as attachments are kept. */
export function storeFile(
  context: FixtureContext,
  bytes: Buffer,
  mediaType: string,
  at: string,
): { sha256: string; size: number } {
  const hash = sha256(bytes);
  const path = attachmentPath(context.attachmentsDir, hash);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  context.db
    .prepare(
      `INSERT INTO attachments (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING`,
    )
    .run(hash, bytes.length, mediaType, at);
  return { sha256: hash, size: bytes.length };
}

/** An Ed25519 key pair in the stored form (raw public key, PKCS#8 private key), from a name. */
export function fixtureKeyPair(name: string): { publicKey: string; privateKey: string } {
  const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
  const der = Buffer.concat([pkcs8Prefix, Buffer.from(sha256(name), 'hex')]);
  const { x } = createPublicKey(
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
  ).export({ format: 'jwk' });
  return {
    publicKey: Buffer.from(x ?? '', 'base64url').toString('base64'),
    privateKey: der.toString('base64'),
  };
}
