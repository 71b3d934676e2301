import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import type { AuditEntry, AuditVerification } from '../../../shared/contract/auditChannels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';

export const genesisHash = '0'.repeat(64);

export interface AuditEvent {
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  subject_kind: string;
  subject_id: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The hash of a row: SHA-256 over the previous hash and the row's canonical content. */
export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
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
  return createHash('sha256').update(`${row.prev_hash}\n${content}`).digest('hex');
}

/**
 * Appends one row to the chain. Call it inside the transaction of the change it records, so the
 * change and its audit row are committed together or not at all.
 */
export function appendAudit(
  db: DatabaseSync,
  actor: Actor | null,
  at: Date,
  event: AuditEvent,
): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: actor?.userId ?? null,
    actor_name: actor?.displayName ?? null,
    action: event.action,
    subject_kind: event.subjectKind,
    subject_id: event.subjectId,
    details: canonicalJson(event.details ?? {}),
    prev_hash: last?.hash ?? genesisHash,
  };
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, subject_kind, subject_id, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.seq,
    row.at,
    row.actor_id,
    row.actor_name,
    row.action,
    row.subject_kind,
    row.subject_id,
    row.details,
    row.prev_hash,
    auditRowHash(row),
  );
}

/** Walks the whole chain; reports the first row whose link or hash does not hold. */
export function verifyAuditChain(db: DatabaseSync): AuditVerification {
  let previousHash = genesisHash;
  let expectedSeq = 1;
  let count = 0;
  for (const row of db
    .prepare('SELECT * FROM audit_log ORDER BY seq')
    .iterate() as Iterable<AuditRow>) {
    const broken = (reason: string): AuditVerification => ({
      intact: false,
      count,
      brokenSeq: row.seq,
      reason,
    });
    if (row.seq !== expectedSeq) return broken(`序号不连续：应为 ${expectedSeq}`);
    if (row.prev_hash !== previousHash) return broken('与上一条记录的链接不符');
    if (auditRowHash(row) !== row.hash) return broken('内容与哈希不符（记录被改动）');
    previousHash = row.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { intact: true, count };
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
  hash: row.hash,
});

export function listAudit(
  db: DatabaseSync,
  beforeSeq: number | undefined,
  limit: number,
): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as unknown as AuditRow[];
  return rows.map(toEntry);
}

/** The history of one record, oldest first (timelines are built from this). */
export function auditOfSubject(
  db: DatabaseSync,
  subjectKind: string,
  subjectId: string,
): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE subject_kind = ? AND subject_id = ? ORDER BY seq')
    .all(subjectKind, subjectId) as unknown as AuditRow[];
  return rows.map(toEntry);
}
