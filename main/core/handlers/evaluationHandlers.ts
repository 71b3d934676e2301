import type { DatabaseSync } from 'node:sqlite';
import type { evaluationChannels } from '../../../shared/contract/evaluationChannels.ts';
import {
  addFindingToLibrary,
  exportEvaluation,
  getEvaluation,
  markFinding,
} from '../evaluation/evaluationService.ts';
import { exportReviewPackage } from '../evaluation/evaluationExchange.ts';
import type { Handlers } from '../rpc/handlers.ts';

type EvaluationHandlers = Pick<Handlers, keyof typeof evaluationChannels>;

export function evaluationHandlers(db: DatabaseSync, attachmentsDir: string): EvaluationHandlers {
  return {
    'evaluation:get': (input, context) => getEvaluation(db, input.requestId, context),
    'evaluation:mark': (input, context) => markFinding(db, input, context),
    'evaluation:addToLibrary': (input, context) => addFindingToLibrary(db, input, context),
    'evaluation:exportWord': (input, context) => exportEvaluation(db, input.requestId, context),
    'evaluation:exportPackage': (input, context) =>
      exportReviewPackage(db, attachmentsDir, input.requestId, context),
  };
}
