import type { concernChannels } from '../../../shared/contract/concernChannels.ts';
import {
  assignConcern,
  markConcernClock,
  proposeOnConcern,
  recordConsultation,
} from '../concerns/concernAssessment.ts';
import { exportConcernPackage } from '../concerns/concernPackage.ts';
import { exportConcernReport } from '../concerns/concernReport.ts';
import { openEmergencyFromConcern } from '../concerns/concernResponse.ts';
import {
  addConcernScreenshot,
  concernAttachmentFile,
  getConcern,
  listConcernsFor,
  registerConcern,
} from '../concerns/concernService.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import type { Handlers } from '../rpc/handlers.ts';

type ConcernHandlers = Pick<Handlers, keyof typeof concernChannels>;

export function concernHandlers(deps: RequestDeps): ConcernHandlers {
  return {
    'concerns:list': (_input, context) => listConcernsFor(deps, context),
    'concerns:get': (input, context) => getConcern(deps, input.concernId, context),
    'concerns:register': (input, context) => registerConcern(deps, input, context),
    'concerns:addAttachment': (input, context) => addConcernScreenshot(deps, input, context),
    'concerns:attachment': (input, context) => concernAttachmentFile(deps, input, context),
    'concerns:assign': (input, context) => assignConcern(deps, input, context),
    'concerns:propose': (input, context) => proposeOnConcern(deps, input, context),
    'concerns:consult': (input, context) => recordConsultation(deps, input, context),
    'concerns:markClock': (input, context) => markConcernClock(deps, input, context),
    'concerns:openEmergency': (input, context) => openEmergencyFromConcern(deps, input, context),
    'concerns:exportPackage': (input, context) => exportConcernPackage(deps, input, context),
    'concerns:exportReport': (input, context) =>
      exportConcernReport(deps, input.concernId, context),
  };
}
