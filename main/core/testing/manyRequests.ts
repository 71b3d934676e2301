import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import {
  eventForms,
  requestStates,
  type EventForm,
  type RequestState,
} from '../../../shared/domain/requests.ts';
import { inTransaction } from '../db/transaction.ts';
import { saveRequest } from '../requests/requestRepository.ts';
import { completeFields } from './requests.ts';

/** Words a county's request titles are made of; each title takes one, so a word finds a share. */
export const titleTopics = ['教育', '医疗', '乡村振兴', '交通', '生态环保', '文旅', '安全生产'];

export interface GeneratedRequest {
  readonly id: string;
  readonly unitId: string;
  readonly title: string;
  readonly form: EventForm;
  readonly state: RequestState;
  readonly startsAt: string;
}

/**
 * Writes `count` requests spread over the units, ten years from 2017, every form and state, with
 * titles like 「乡村振兴工作第123号新闻发布会」. Returns what it wrote, for tests to count against.
 */
export function writeManyRequests(
  db: DatabaseSync,
  unitIds: readonly string[],
  count: number,
): GeneratedRequest[] {
  const written: GeneratedRequest[] = [];
  inTransaction(db, () => {
    for (let serial = 0; serial < count; serial++) {
      const unitId = unitIds[serial % unitIds.length] ?? '';
      const day = Math.floor((serial * 3652) / count);
      const startsAt = new Date(Date.UTC(2017, 0, 1, 1, 30) + day * 86_400_000).toISOString();
      const generated: GeneratedRequest = {
        id: randomUUID(),
        unitId,
        title: `${titleTopics[serial % titleTopics.length] ?? ''}工作第${serial}号新闻发布会`,
        form: eventForms[Math.floor(serial / 7) % eventForms.length] ?? 'pressConference',
        state: requestStates[Math.floor(serial / 11) % requestStates.length] ?? 'approved',
        startsAt,
      };
      const fields = completeFields(unitId);
      saveRequest(db, {
        id: generated.id,
        origin: 'generated',
        fields: {
          ...fields,
          content: { ...fields.content, summary: '通报本季度重点工作进展。' },
          title: generated.title,
          form: generated.form,
          startsAt,
          endsAt: null,
        },
        state: generated.state,
        draftedBy: 'generated',
        draftedByName: '经办',
        submittedBy: generated.state === 'draft' ? null : 'generated',
        submittedAt: generated.state === 'draft' ? null : startsAt,
        approvedHash: null,
        approvedAt: null,
        fastTracked: false,
        ratifiedAt: null,
        voidedReason: null,
        round: generated.state === 'draft' ? 0 : 1,
        revision: 1,
        createdAt: startsAt,
        updatedAt: startsAt,
      });
      written.push(generated);
    }
  });
  return written;
}
