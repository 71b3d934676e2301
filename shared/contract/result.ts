/** What crosses the seam: a value, or an error a user can act on. Never a thrown object. */
export interface ErrorPayload {
  readonly code: string;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorPayload };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const failure = <T = never>(code: string, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
