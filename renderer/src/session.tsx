import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../shared/contract/accountChannels.ts';
import type { Permission } from '../../shared/domain/permissions.ts';
import { hasPermission } from '../../shared/domain/permissions.ts';

export interface SessionContextValue {
  readonly session: SessionInfo;
  readonly signOut: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in screen');
  return value;
}

/** For showing what a user may do; main checks the same rule again on every call. */
export function useCan(permission: Permission): boolean {
  return hasPermission(useSession().session.user.roles, permission);
}
