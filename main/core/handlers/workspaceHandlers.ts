import type { workspaceChannels } from '../../../shared/contract/workspaceChannels.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import type { Handlers } from '../rpc/handlers.ts';
import type { EventFactProviders } from '../workspace/eventFacts.ts';
import { homeOverview } from '../workspace/homeOverview.ts';
import { personalTodo } from '../workspace/personalTodo.ts';
import { eventStamp, eventWorkspace } from '../workspace/workspaceService.ts';

type WorkspaceHandlers = Pick<Handlers, keyof typeof workspaceChannels>;

export function workspaceHandlers(
  deps: RequestDeps,
  providers: EventFactProviders,
): WorkspaceHandlers {
  return {
    'workspace:get': (input, context) => eventWorkspace(deps, providers, input.requestId, context),
    'home:overview': (_input, context) => homeOverview(deps, context),
    'workspace:stamp': (input, context) => eventStamp(deps, input.requestId, context),
    'workspace:todo': (_input, context) => personalTodo(deps, context),
    'workspace:todoCount': (_input, context) => personalTodo(deps, context).count,
  };
}
