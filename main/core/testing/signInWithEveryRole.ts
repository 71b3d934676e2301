import { roles } from '../../../shared/domain/roles.ts';
import type { Core } from '../createCore.ts';
import { setUpInstallation, signedInUser } from './accounts.ts';

/** A client signed in as a user holding every role, so only the input schema can refuse a call. */
export async function signInWithEveryRole(core: Core): Promise<string> {
  const admin = await setUpInstallation(core);
  return signedInUser(core, admin, roles, 'everyrole');
}
