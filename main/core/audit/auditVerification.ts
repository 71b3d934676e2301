import type { DatabaseSync } from 'node:sqlite';
import type {
  AuditKeySegmentStatus,
  AuditVerification,
} from '../../../shared/contract/auditChannels.ts';
import { heldChainKeys } from './auditKeying.ts';
import { auditRowHash, genesisHash, keyedAuditRowHash, type AuditRow } from './auditRowHash.ts';
import { listKeySegments, type KeySegment } from './auditSegmentRepository.ts';
import { shortCode, type ChainKeyRecord } from './chainKey.ts';

interface Finding {
  readonly seq: number;
  readonly reason: string;
}

/**
 * Walks the whole chain and reports the first row whose link or hash does not hold. Rows before
 * the first keyed segment are checked by the unkeyed rule; keyed rows with the keys held here
 * (by default those of the provider attached to `db`); rows keyed with a key not held here only
 * for their links. The keys held say from which row each is in use, so a keyed segment removed
 * from the database, or rows after it deleted, is found even though the database no longer
 * mentions it.
 */
export function verifyAuditChain(
  db: DatabaseSync,
  keys: readonly ChainKeyRecord[] = heldChainKeys(db),
): AuditVerification {
  const segments = listKeySegments(db);
  const held = new Map(keys.map((record) => [record.keyId, record]));
  const lastSeq =
    (db.prepare('SELECT MAX(seq) AS last FROM audit_log').get() as { last: number | null }).last ??
    0;
  const structural = segmentFindings(segments, keys, lastSeq);
  const extra = segments.length > 0 ? { keySegments: statuses(segments, held, lastSeq) } : {};

  let previousHash = genesisHash;
  let expectedSeq = 1;
  let count = 0;
  let current = -1;
  const broken = (finding: Finding): AuditVerification => ({
    intact: false,
    count,
    brokenSeq: finding.seq,
    reason: finding.reason,
    ...extra,
  });
  for (const row of db
    .prepare('SELECT * FROM audit_log ORDER BY seq')
    .iterate() as Iterable<AuditRow>) {
    if (structural && row.seq >= structural.seq) return broken(structural);
    while ((segments[current + 1]?.firstSeq ?? Infinity) <= row.seq) current += 1;
    const at = (reason: string) => broken({ seq: row.seq, reason });
    if (row.seq !== expectedSeq) return at(`序号不连续：应为 ${expectedSeq}`);
    if (row.prev_hash !== previousHash) return at('与上一条记录的链接不符');
    const segment = segments[current];
    if (!segment) {
      if (auditRowHash(row) !== row.hash) return at('内容与哈希不符（记录被改动）');
    } else {
      const record = held.get(segment.keyId);
      if (record && keyedAuditRowHash(record.key, row) !== row.hash) {
        return at('内容与密钥哈希不符（记录被改动，或哈希是在没有密钥的情况下重算的）');
      }
    }
    previousHash = row.hash;
    expectedSeq += 1;
    count += 1;
  }
  return structural ? broken(structural) : { intact: true, count, ...extra };
}

/** What the keys held and the segments recorded say about each other, earliest first. */
function segmentFindings(
  segments: readonly KeySegment[],
  keys: readonly ChainKeyRecord[],
  lastSeq: number,
): Finding | null {
  const findings: Finding[] = [];
  for (const record of keys) {
    const segment = segments.find((candidate) => candidate.firstSeq === record.firstSeq);
    if (segment?.keyId === record.keyId) continue;
    const key = `本机保存的审计密钥 ${shortCode(record.keyId)} 自第 ${record.firstSeq} 条记录起启用`;
    findings.push({
      seq: record.firstSeq,
      reason:
        lastSeq < record.firstSeq
          ? `${key}，数据文件却只有 ${lastSeq} 条记录（记录被删除）`
          : `${key}，数据文件中此处却没有这把密钥（密钥段被删除或改动）`,
    });
  }
  const held = new Set(keys.map((record) => record.keyId));
  const firstHeld = segments.find((segment) => held.has(segment.keyId));
  for (const segment of segments) {
    if (segment.firstSeq > lastSeq) {
      findings.push({
        seq: segment.firstSeq,
        reason: `自第 ${segment.firstSeq} 条记录起的密钥段没有记录（记录被删除）`,
      });
    } else if (firstHeld && segment.firstSeq > firstHeld.firstSeq && !held.has(segment.keyId)) {
      findings.push({
        seq: segment.firstSeq,
        reason: `自第 ${segment.firstSeq} 条记录起改用了本机没有的审计密钥 ${shortCode(segment.keyId)}（数据在别处被打开或改动过）`,
      });
    }
  }
  return findings.sort((a, b) => a.seq - b.seq)[0] ?? null;
}

function statuses(
  segments: readonly KeySegment[],
  held: ReadonlyMap<string, ChainKeyRecord>,
  lastSeq: number,
): AuditKeySegmentStatus[] {
  return segments.map((segment, index) => ({
    fromSeq: segment.firstSeq,
    toSeq: Math.min(lastSeq, (segments[index + 1]?.firstSeq ?? Infinity) - 1),
    keyId: shortCode(segment.keyId),
    checked: held.has(segment.keyId),
  }));
}
