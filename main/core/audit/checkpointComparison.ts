import type { DatabaseSync } from 'node:sqlite';
import { rowDigest, rowDigestsOf, type AuditCheckpoint } from './auditCheckpoint.ts';

export interface RowRange {
  readonly from: number;
  readonly to: number;
}

export interface CheckpointComparison {
  readonly checkpointRows: number;
  /** The first row whose hash is not the one the checkpoint holds (rewritten), or null. */
  readonly firstDifferent: number | null;
  /** Rows the checkpoint holds that the database does not (deleted), in order. */
  readonly missing: readonly RowRange[];
}

/** Compares rows 1 … rowCount of the database's chain with a checkpoint of it. */
export function compareWithCheckpoint(
  db: DatabaseSync,
  checkpoint: AuditCheckpoint,
): CheckpointComparison {
  const digests = rowDigestsOf(checkpoint) ?? [];
  const last = checkpoint.rowCount;
  const missing: RowRange[] = [];
  let firstDifferent: number | null = null;
  let expected = 1;
  for (const row of db
    .prepare('SELECT seq, hash FROM audit_log WHERE seq <= ? ORDER BY seq')
    .iterate(last) as Iterable<{ seq: number; hash: string }>) {
    if (row.seq > expected) missing.push({ from: expected, to: row.seq - 1 });
    const differs =
      rowDigest(row.hash) !== digests[row.seq - 1] ||
      (row.seq === last && row.hash !== checkpoint.headHash);
    if (differs && firstDifferent === null) firstDifferent = row.seq;
    expected = row.seq + 1;
  }
  if (expected <= last) missing.push({ from: expected, to: last });
  return { checkpointRows: last, firstDifferent, missing };
}

/**
 * Whether two checkpoints of one chain agree: the row where the longer one stops matching the
 * shorter one's rows, or null when the shorter is a prefix of the longer.
 */
export function firstDisagreement(a: AuditCheckpoint, b: AuditCheckpoint): number | null {
  const [shorter, longer] = a.rowCount <= b.rowCount ? [a, b] : [b, a];
  const short = rowDigestsOf(shorter) ?? [];
  const long = rowDigestsOf(longer) ?? [];
  const index = short.findIndex((digest, at) => digest !== long[at]);
  if (index !== -1) return index + 1;
  if (shorter.rowCount === longer.rowCount && shorter.headHash !== longer.headHash) {
    return shorter.rowCount;
  }
  return null;
}
