import type { z } from 'zod';
import type { Permission } from '../domain/permissions.ts';

/**
 * Who may call a channel: anyone (before sign-in), any signed-in user, or a user whose roles grant
 * the named permission. The router in main checks this before the handler runs.
 */
export type Access = 'public' | 'signedIn' | Permission;

export interface Channel<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly access: Access;
  /**
   * A background call (a badge refresh) that does not count as the user being active, so polling
   * never keeps an idle session from locking.
   */
  readonly passive?: boolean;
  /** Never set: carries the output type for the typed `invoke`. */
  readonly output?: Output;
}

/**
 * Declares a channel. Curried so the output type is written explicitly while the input type is
 * inferred from the schema: `defineChannel<Output>()({ input, access })`.
 */
export const defineChannel =
  <Output>() =>
  <Input extends z.ZodType>(spec: {
    readonly input: Input;
    readonly access: Access;
    readonly passive?: boolean;
  }) =>
    spec as Channel<Input, Output>;
