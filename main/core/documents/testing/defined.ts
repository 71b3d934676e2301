/** The value, or a thrown error naming what was missing: for tests that index into results. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}
