import type { Actor } from '../../shared/domain/actor.ts';

/**
 * What a service knows about the call besides its input. The rpc layer builds it for every call;
 * the services, the demo and the tests build their own, so it lives below both.
 */
export interface CallContext {
  /** Identifies the window (desktop) or browser tab (web) the call came from. */
  readonly clientKey: string;
  /** Null only on public channels called before sign-in. */
  readonly actor: Actor | null;
  readonly now: Date;
}

/**
 * Looks up who is signed in on a client; reports an idle-locked session separately. `touch`
 * (default true) records the call as activity for the idle lock.
 */
export interface SessionResolver {
  actorFor(clientKey: string, now: Date, touch?: boolean): Actor | 'locked' | null;
  /** Why the server ended the session of a client that now has none (a password change), if it did. */
  endedBecause?(clientKey: string): string | null;
}
