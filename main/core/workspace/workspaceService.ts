import type { DatabaseSync } from 'node:sqlite';
import type { EventWorkspace } from '../../../shared/contract/workspaceChannels.ts';
import { eventStages } from '../../../shared/rules/eventStages.ts';
import { auditOfSubject, latestAuditSeqOf } from '../audit/auditRepository.ts';
import { listMaterialHeaders } from '../materials/materialRepository.ts';
import { requireActor } from '../accounts/accountService.ts';
import { checkVisible } from '../requests/requestAccess.ts';
import { loadRequest } from '../requests/requestDetail.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { viewRequest } from '../requests/requestWorkflow.ts';
import type { CallContext } from '../callContext.ts';
import { eventFacts, type EventFactProviders } from './eventFacts.ts';

/** Audit actions that produced a file for the event. */
const exportActions = [
  'request.exportDocument',
  'request.exported',
  'release.export',
  'material.exportDocument',
  'transcript.exportDocument',
];

export function eventWorkspace(
  deps: RequestDeps & { readonly db: DatabaseSync },
  providers: EventFactProviders,
  requestId: string,
  context: CallContext,
): EventWorkspace {
  const request = viewRequest(deps, requestId, context);
  const exports = [
    ...auditOfSubject(deps.db, 'request', requestId),
    ...auditOfSubject(deps.db, 'transcript', requestId),
  ]
    .filter((entry) => exportActions.includes(entry.action))
    .sort((a, b) => a.seq - b.seq);
  const released = exports.some((entry) => entry.action === 'release.export');
  const facts = eventFacts(deps.db, request, providers, released, context.now);
  return {
    request,
    stages: eventStages(facts),
    exports,
    materials: facts.materials && {
      count: facts.materials.count,
      pendingSignOffs: facts.materials.pendingSignOffs,
    },
  };
}

/**
 * Where the event stands, as a number that grows with every audited change to it (the request,
 * its materials and their sign-offs, the transcript, every export): cheap enough to poll.
 */
export function eventStamp(
  deps: RequestDeps & { readonly db: DatabaseSync },
  requestId: string,
  context: CallContext,
): number {
  checkVisible(requireActor(context), loadRequest(deps.db, requestId));
  return latestAuditSeqOf(deps.db, [
    { kind: 'request', id: requestId },
    { kind: 'transcript', id: requestId },
    ...listMaterialHeaders(deps.db, requestId).map((material) => ({
      kind: 'material',
      id: material.id,
    })),
  ]);
}
