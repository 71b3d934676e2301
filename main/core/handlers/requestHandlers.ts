import type { requestChannels } from '../../../shared/contract/requestChannels.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import {
  addAttachment,
  createRequest,
  openEmergency,
  removeAttachment,
  saveDraft,
} from '../requests/requestDrafting.ts';
import { exportRequestPackage } from '../requests/requestExchange.ts';
import { exportRequestDocument } from '../requests/requestExports.ts';
import { deleteDraft } from '../requests/draftDeletion.ts';
import {
  listRequests,
  pageRequests,
  requestInbox,
  requestTimeline,
} from '../requests/requestQueries.ts';
import {
  cancelRequest,
  decideRequest,
  fastTrackRequest,
  postponeRequest,
  ratifyRequest,
  reopenRequest,
  rescheduleRequest,
  submitRequest,
  viewRequest,
  withdrawRequest,
} from '../requests/requestWorkflow.ts';
import type { Handlers } from '../rpc/handlers.ts';

type RequestHandlers = Pick<Handlers, keyof typeof requestChannels>;

export function requestHandlers(deps: RequestDeps): RequestHandlers {
  return {
    'requests:create': (input, context) => createRequest(deps, input, context),
    'requests:openEmergency': (input, context) => openEmergency(deps, input, context),
    'requests:get': (input, context) => viewRequest(deps, input.requestId, context),
    'requests:saveDraft': (input, context) => saveDraft(deps, input, context),
    'requests:submit': (input, context) => submitRequest(deps, input, context),
    'requests:withdraw': (input, context) => withdrawRequest(deps, input, context),
    'requests:reopen': (input, context) => reopenRequest(deps, input, context),
    'requests:decide': (input, context) => decideRequest(deps, input, context),
    'requests:cancel': (input, context) => cancelRequest(deps, input, context),
    'requests:postpone': (input, context) => postponeRequest(deps, input, context),
    'requests:reschedule': (input, context) => rescheduleRequest(deps, input, context),
    'requests:fastTrack': (input, context) => fastTrackRequest(deps, input, context),
    'requests:ratify': (input, context) => ratifyRequest(deps, input, context),
    'requests:list': (input, context) => listRequests(deps, input, context),
    'requests:page': (input, context) => pageRequests(deps, input, context),
    'requests:deleteDraft': (input, context) => deleteDraft(deps, input, context),
    'requests:inbox': (_input, context) => requestInbox(deps, context),
    'requests:timeline': (input, context) => requestTimeline(deps, input.requestId, context),
    'requests:addAttachment': (input, context) => addAttachment(deps, input, context),
    'requests:removeAttachment': (input, context) => removeAttachment(deps, input, context),
    'requests:exportDocument': (input, context) => exportRequestDocument(deps, input, context),
    'requests:exportPackage': (input, context) => exportRequestPackage(deps, input, context),
  };
}
