import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/contract/channels.ts';
import type { Actor } from '../../../shared/domain/actor.ts';

/** What a handler knows about the call besides its input. */
export interface CallContext {
  /** Identifies the window (desktop) or browser tab (web) the call came from. */
  readonly clientKey: string;
  /** Null only on public channels called before sign-in. */
  readonly actor: Actor | null;
  readonly now: Date;
}

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  context: CallContext,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type Handlers = { readonly [K in ChannelName]: Handler<K> };

/**
 * Looks up who is signed in on a client; reports an idle-locked session separately. `touch`
 * (default true) records the call as activity for the idle lock.
 */
export interface SessionResolver {
  actorFor(clientKey: string, now: Date, touch?: boolean): Actor | 'locked' | null;
}
