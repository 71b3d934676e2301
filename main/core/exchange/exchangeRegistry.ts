import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { recordKindMaxLength, recordKindPattern, type ExchangeRecord } from './exchangeRecord.ts';
import type { PeerRecord } from './peerRepository.ts';

export interface ApplyContext {
  /** The registered installation that sent the record; `unitId` says which local unit it speaks for. */
  readonly sender: PeerRecord;
  readonly packageId: string;
  readonly actor: Actor | null;
  readonly now: Date;
  /** Where the record's attachments have been stored (content-addressed) before it is applied. */
  readonly attachmentsDir: string;
}

/**
 * Updates the app's own tables for one received record, inside the import's transaction. Throw an
 * AppError (e.g. 'exchange_unplaceable') to refuse the whole package; nothing is then changed.
 */
export type RecordApplier = (
  db: DatabaseSync,
  record: ExchangeRecord,
  context: ApplyContext,
) => void;

/** The appliers by record kind. The core owns one; services register the kinds they handle. */
export interface ExchangeRegistry {
  register(kind: string, applier: RecordApplier): void;
  readonly appliers: ReadonlyMap<string, RecordApplier>;
}

export function createExchangeRegistry(): ExchangeRegistry {
  const appliers = new Map<string, RecordApplier>();
  return {
    register(kind, applier) {
      if (kind.length > recordKindMaxLength || !recordKindPattern.test(kind)) {
        throw new Error(`invalid record kind: ${kind}`);
      }
      if (appliers.has(kind)) throw new Error(`record kind already registered: ${kind}`);
      appliers.set(kind, applier);
    },
    appliers,
  };
}
