import type { DatabaseSync } from 'node:sqlite';
import type { AppError } from '../appError.ts';
import { exchangeErrors } from './exchangeErrors.ts';
import { firstPrev, type ExchangeRecord } from './exchangeRecord.ts';
import { findInStream, lastInStream } from './recordRepository.ts';

export interface Conflict {
  readonly record: ExchangeRecord;
  readonly heldRecordId: string;
}

export interface ImportPlan {
  /** Records not held yet, in stream order, each following the one before it. */
  readonly fresh: readonly ExchangeRecord[];
  readonly alreadyHeld: number;
  /** Records claiming a place in the stream that a different record already holds. */
  readonly conflicts: readonly Conflict[];
  /** The first gap or broken link, if any. */
  readonly orderProblem: AppError | null;
}

/**
 * Places a verified package's records (one stream, ascending seq) against what is held: those at
 * or below the last held seq must be the very records held; the rest must continue the stream
 * without a gap, each naming its predecessor as `prev`.
 */
export function planImport(
  db: DatabaseSync,
  records: readonly ExchangeRecord[],
  senderName: string,
): ImportPlan {
  const first = records[0];
  if (!first) return { fresh: [], alreadyHeld: 0, conflicts: [], orderProblem: null };
  const last = lastInStream(db, first.origin, first.to);
  const heldUpTo = last?.seq ?? 0;
  let expectedSeq = heldUpTo + 1;
  let expectedPrev = last?.id ?? firstPrev;
  const fresh: ExchangeRecord[] = [];
  const conflicts: Conflict[] = [];
  let alreadyHeld = 0;
  let orderProblem: AppError | null = null;

  for (const record of records) {
    if (record.seq <= heldUpTo) {
      const held = findInStream(db, record.origin, record.to, record.seq);
      if (!held) throw new Error(`stream ${record.origin} has a gap at ${record.seq}`);
      if (held.id === record.id) alreadyHeld += 1;
      else conflicts.push({ record, heldRecordId: held.id });
      continue;
    }
    if (orderProblem) continue;
    if (record.seq !== expectedSeq) {
      orderProblem = exchangeErrors.missingRecord(senderName, expectedSeq);
    } else if (record.prev !== expectedPrev) {
      orderProblem = exchangeErrors.brokenLink(senderName, record.seq);
    } else {
      fresh.push(record);
      expectedSeq += 1;
      expectedPrev = record.id;
    }
  }
  return { fresh, alreadyHeld, conflicts, orderProblem };
}
