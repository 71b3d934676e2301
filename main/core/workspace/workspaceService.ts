import type { DatabaseSync } from 'node:sqlite';
import type { EventWorkspace } from '../../../shared/contract/workspaceChannels.ts';
import { eventStages } from '../../../shared/rules/eventStages.ts';
import { auditOfSubject } from '../audit/auditRepository.ts';
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
  return {
    request,
    stages: eventStages(eventFacts(deps.db, request, providers, released, context.now)),
    exports,
  };
}
