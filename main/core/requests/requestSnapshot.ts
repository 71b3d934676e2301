import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { DeepReadonly } from '../../../shared/deepReadonly.ts';
import { requestFieldsSchema } from '../../../shared/contract/requestSchemas.ts';
import { decisionKinds, decisionLevels, requestStates } from '../../../shared/domain/requests.ts';
import { AppError } from '../appError.ts';
import { materialSnapshotsOf, materialSnapshotsSchema } from '../materials/materialSnapshot.ts';
import { listAttachments, listDecisions, type RequestRecord } from './requestRepository.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.string().max(40);
const text = z.string().max(4000);

/**
 * What travels between installations about one request: the request as the sender holds it, all
 * its decisions and attachment names, and how far the sender has read the receiver's stream.
 * Parsed strictly on arrival: a signed record can still come from a buggy or older sender.
 */
export const requestSnapshotSchema = z.object({
  request: z.object({
    id: z.string().max(64),
    fields: requestFieldsSchema,
    state: z.enum(requestStates),
    draftedBy: z.string().max(64),
    draftedByName: text,
    submittedBy: z.string().max(64).nullable(),
    submittedAt: instant.nullable(),
    approvedHash: sha256.nullable(),
    approvedAt: instant.nullable(),
    fastTracked: z.boolean(),
    ratifiedAt: instant.nullable(),
    voidedReason: text.nullable(),
    round: z.number().int().min(0),
    createdAt: instant,
  }),
  decisions: z
    .array(
      z.object({
        id: z.string().max(64),
        round: z.number().int().min(0),
        level: z.enum(decisionLevels),
        kind: z.enum(decisionKinds),
        decidedBy: z.string().max(64),
        decidedByName: text,
        decidedAt: instant,
        comment: text,
        contentHash: sha256,
        voidedAt: instant.nullable(),
      }),
    )
    .max(500),
  attachments: z
    .array(z.object({ sha256, fileName: z.string().max(200), addedAt: instant }))
    .max(1000),
  /** The event's briefing materials as they are now (absent from records of older senders). */
  materials: materialSnapshotsSchema,
  acknowledgedSeq: z.number().int().min(0),
});

export type RequestSnapshot = DeepReadonly<z.infer<typeof requestSnapshotSchema>>;

export function snapshotOf(
  db: DatabaseSync,
  request: RequestRecord,
  acknowledgedSeq: number,
): RequestSnapshot {
  const { revision: _revision, updatedAt: _updatedAt, origin: _origin, ...rest } = request;
  return {
    request: rest,
    decisions: listDecisions(db, request.id),
    attachments: listAttachments(db, request.id).map(({ sha256: hash, fileName, addedAt }) => ({
      sha256: hash,
      fileName,
      addedAt,
    })),
    materials: materialSnapshotsOf(db, request.id),
    acknowledgedSeq,
  };
}

export function parseSnapshot(payload: unknown): RequestSnapshot {
  const parsed = requestSnapshotSchema.safeParse(payload);
  if (!parsed.success) {
    throw new AppError(
      'exchange_unplaceable',
      '数据包中的报批内容格式不正确（可能来自不兼容的版本），未导入任何内容。',
    );
  }
  return parsed.data;
}
