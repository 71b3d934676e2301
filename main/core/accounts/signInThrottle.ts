/** Failures allowed before each further try has to wait. */
export const freeSignInFailures = 5;
const baseDelaySeconds = 30;
const maxDelaySeconds = 15 * 60;

/**
 * Seconds the user must still wait before another sign-in attempt, after `failures` failed ones,
 * the last at `lastFailedAt`. The wait doubles with each failure past the free ones.
 */
export function signInWaitSeconds(
  failures: number,
  lastFailedAt: string | null,
  now: Date,
): number {
  if (failures < freeSignInFailures || lastFailedAt === null) return 0;
  const delay = Math.min(maxDelaySeconds, baseDelaySeconds * 2 ** (failures - freeSignInFailures));
  const elapsed = (now.getTime() - Date.parse(lastFailedAt)) / 1000;
  return Math.max(0, Math.ceil(delay - elapsed));
}
