import type { ErrorPayload } from '../../shared/contract/result.ts';

/**
 * An error meant for the user: a stable code and a Chinese message they can act on. Services throw
 * it; the router turns it into `{ ok: false, error }`. Anything else becomes an internal error.
 */
export class AppError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message };
  }
}
