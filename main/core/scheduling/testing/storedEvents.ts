import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { RequestFields, RequestState } from '../../../../shared/domain/requests.ts';
import { inTransaction } from '../../db/transaction.ts';
import { saveRequest, type RequestRecord } from '../../requests/requestRepository.ts';
import { completeFields } from '../../testing/requests.ts';

export interface StoredEvent {
  readonly unitId: string;
  readonly startsAt: string;
  readonly endsAt?: string | null;
  readonly state?: RequestState;
  readonly fields?: Partial<RequestFields>;
  readonly draftedBy?: string;
}

/**
 * Writes requests straight into the database, in the state given, for tests and benchmarks that
 * need many events at chosen times (the workflow itself is tested with the services).
 */
export function storeEvents(db: DatabaseSync, events: readonly StoredEvent[]): string[] {
  return inTransaction(db, () =>
    events.map((event) => {
      const at = new Date(Date.parse(event.startsAt) - 20 * 86_400_000).toISOString();
      const record: RequestRecord = {
        id: randomUUID(),
        origin: 'test',
        fields: {
          ...completeFields(event.unitId),
          startsAt: event.startsAt,
          endsAt: event.endsAt === undefined ? null : event.endsAt,
          ...event.fields,
        },
        state: event.state ?? 'approved',
        draftedBy: event.draftedBy ?? 'test-drafter',
        draftedByName: '经办',
        submittedBy: event.draftedBy ?? 'test-drafter',
        submittedAt: at,
        approvedHash: null,
        approvedAt: event.state === undefined || event.state === 'approved' ? at : null,
        fastTracked: false,
        ratifiedAt: null,
        voidedReason: null,
        round: 1,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      };
      saveRequest(db, record);
      return record.id;
    }),
  );
}
