import type { ConsistencyFinding } from '../../../shared/domain/materialConsistency.ts';
import { blocksOf } from '../../../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { checkConsistency } from '../../../shared/rules/consistencyCheck.ts';
import { requireActor } from '../accounts/accountService.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import type { CallContext } from '../callContext.ts';
import type { MaterialDeps } from './materialDeps.ts';
import { listMaterials } from './materialRepository.ts';

/** Figures, dates and names stated differently across the event's 通稿, 答问口径 and 发布辞. */
export function eventConsistency(
  deps: MaterialDeps,
  requestId: string,
  context: CallContext,
): ConsistencyFinding[] {
  const request = loadRequest(deps.db, requestId);
  checkVisible(requireActor(context), request);
  const compared = listMaterials(deps.db, request.id).filter((material) =>
    ['opening', 'pressRelease', 'qa'].includes(material.kind),
  );
  return checkConsistency(
    compared.map((material) => ({
      kind: material.kind,
      blocks: blocksOf(readMaterialDocument(JSON.parse(material.document))),
    })),
  );
}
