import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { requireActor } from '../accounts/accountService.ts';
import { AppError } from '../appError.ts';
import type { CallContext } from '../callContext.ts';
import { exportPendingPackage } from '../exchange/pendingPackage.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { concernPeers } from './concernExchange.ts';
import { loadVisibleConcern } from './concernViews.ts';

/** A package of everything pending to one of the installations the item's steps travel to. */
export function exportConcernPackage(
  deps: RequestDeps,
  input: ParsedInput<'concerns:exportPackage'>,
  context: CallContext,
): ExportedFile {
  const actor = requireActor(context);
  const concern = loadVisibleConcern(deps.db, actor, input.concernId);
  const peer = concernPeers(deps.db, concern.id).find(
    (candidate) => candidate.installationId === input.installationId,
  );
  if (!peer) {
    throw new AppError('exchange_unknown_peer', '该舆情不发往所选工作台，或其登记已被撤销。');
  }
  return exportPendingPackage(deps.db, deps.attachmentsDir, peer, actor, context.now);
}
