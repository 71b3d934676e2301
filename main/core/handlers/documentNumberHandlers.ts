import type { DatabaseSync } from 'node:sqlite';
import type { documentNumberChannels } from '../../../shared/contract/documentNumberChannels.ts';
import { documentRegister, voidDocumentNumber } from '../documentNumbers/documentNumberService.ts';
import type { Handlers } from '../rpc/handlers.ts';

type DocumentNumberHandlers = Pick<Handlers, keyof typeof documentNumberChannels>;

export function documentNumberHandlers(db: DatabaseSync): DocumentNumberHandlers {
  return {
    'documentNumbers:list': (input) => documentRegister(db, input),
    'documentNumbers:void': (input, context) => voidDocumentNumber(db, input, context),
  };
}
