import type { Role } from './roles.ts';

/** The signed-in user on whose behalf main acts. Comes from the session in main, never the payload. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly unitId: string | null;
}
