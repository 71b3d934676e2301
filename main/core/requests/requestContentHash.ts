import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import type { RequestAttachment, RequestFields } from '../../../shared/domain/requests.ts';
import { materialHashes } from '../materials/materialRepository.ts';
import { listAttachments, type RequestRecord } from './requestRepository.ts';

/**
 * The SHA-256 of exactly what is approved: the request form, its attachments (by hash and name)
 * and the hashes of its briefing materials' versions. A decision records it; an approval holds only
 * while the request still hashes to it.
 */
export function requestContentHash(
  requestId: string,
  fields: RequestFields,
  attachments: readonly Pick<RequestAttachment, 'sha256' | 'fileName'>[],
  materialHashes: readonly string[] = [],
): string {
  // The unit is fixed at creation and each installation has its own id for it, so it stays out.
  const { unitId: _unitId, ...portable } = fields;
  const content = canonicalJson({
    requestId,
    fields: portable,
    attachments: attachments
      .map(({ sha256, fileName }) => ({ sha256, fileName }))
      .sort((a, b) => (a.sha256 + a.fileName < b.sha256 + b.fileName ? -1 : 1)),
    materials: [...materialHashes].sort(),
  });
  return createHash('sha256').update(content).digest('hex');
}

/** What an approval binds: the form, the attachments and the current content of every material. */
export const currentContentHash = (db: DatabaseSync, request: RequestRecord): string =>
  requestContentHash(
    request.id,
    request.fields,
    listAttachments(db, request.id),
    materialHashes(db, request.id),
  );
