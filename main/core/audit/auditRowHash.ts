import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson.ts';

export const genesisHash = '0'.repeat(64);

/** One row of `audit_log` as stored. */
export interface AuditRow {
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

/** What a row's hash covers: the previous row's hash and the row's canonical content. */
function hashedText(row: Omit<AuditRow, 'hash'>): string {
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
  return `${row.prev_hash}\n${content}`;
}

/**
 * The unkeyed rule: SHA-256 of the text. Rows written before the installation had a chain key
 * keep it; anyone holding the database can recompute it, which is why later rows are keyed.
 */
export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(hashedText(row)).digest('hex');
}

/** The keyed rule: HMAC-SHA256 of the same text under the installation's chain key. */
export function keyedAuditRowHash(key: Uint8Array, row: Omit<AuditRow, 'hash'>): string {
  return createHmac('sha256', key).update(hashedText(row)).digest('hex');
}

/** The row's hash under `key`, or under the unkeyed rule when there is none. */
export const rowHashUnder = (key: Uint8Array | null, row: Omit<AuditRow, 'hash'>): string =>
  key ? keyedAuditRowHash(key, row) : auditRowHash(row);
