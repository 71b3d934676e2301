import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/accountChannels.ts';
import type { AppInfo } from '../../shared/contract/appChannels.ts';
import { hasPermission } from '../../shared/domain/permissions.ts';
import { invoke } from './api.ts';
import { GlobalSearch } from './components/GlobalSearch.tsx';
import { NotificationBell } from './components/NotificationBell.tsx';
import { RouteRefusal } from './components/RouteRefusal.tsx';
import { Shell, type NavItem } from './components/Shell.tsx';
import { screenForRoute, screens } from './screens.tsx';
import { SessionContext } from './session.tsx';
import { TodoCountContext, useTodoCountState } from './todoCount.tsx';
import { UnreadCountContext, useUnreadCountState } from './unreadCount.tsx';
import { useHashRoute } from './useHashRoute.ts';
import { useIdleLock } from './useIdleLock.ts';

interface SignedInAppProps {
  readonly info: AppInfo;
  readonly session: SessionInfo;
  readonly onSignOut: () => void;
  readonly onIdle: () => void;
  readonly onSessionChanged: (session: SessionInfo) => void;
}

export function SignedInApp({
  info,
  session,
  onSignOut,
  onIdle,
  onSessionChanged,
}: SignedInAppProps) {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  useIdleLock(session.idleLockMinutes, onIdle);

  const allowed = useMemo(
    () =>
      screens.filter(
        (screen) => !screen.permission || hasPermission(session.user.roles, screen.permission),
      ),
    [session.user.roles],
  );
  const { screen, detail, matched } = screenForRoute(allowed, route);
  // An address this user may not open (or that names no screen) says so instead of showing home.
  const refused = matched ? null : screenForRoute(screens, route);
  const todoCount = useTodoCountState(route);
  const unreadCount = useUnreadCountState();
  const navItems: NavItem[] = allowed
    .filter((item) => !item.navParent)
    .map((item) =>
      item.route === 'inbox'
        ? {
            id: item.route,
            label: item.label(t),
            count: todoCount.count ?? undefined,
            countLabel: t('todo.countLabel', { count: todoCount.count ?? 0 }),
          }
        : { id: item.route, label: item.label(t) },
    );

  const refreshSession = () => {
    void invoke('session:current', {}).then((result) => {
      if (result.ok && result.value) onSessionChanged(result.value);
    });
  };

  const userArea = (
    <>
      <GlobalSearch onNavigate={navigate} />
      <NotificationBell onOpen={(id) => navigate(`events/${id}`)} />
      <span className="shell__user">
        {t('header.signedInAs', {
          name: session.user.displayName,
          unit: session.unitName ?? t('header.noUnit'),
        })}
      </span>
      <button type="button" className="button button--quiet" onClick={onSignOut}>
        {t('header.signOut')}
      </button>
    </>
  );

  return (
    <SessionContext.Provider value={{ session, signOut: onSignOut }}>
      <TodoCountContext.Provider value={todoCount}>
        <UnreadCountContext.Provider value={unreadCount}>
          <Shell
            navItems={navItems}
            current={refused ? '' : (screen?.navParent ?? screen?.route ?? 'home')}
            onNavigate={navigate}
            userArea={userArea}
          >
            {refused ? (
              <RouteRefusal
                forbiddenScreen={refused.matched ? (refused.screen?.label(t) ?? null) : null}
                route={route}
                onHome={() => navigate('home')}
              />
            ) : (
              screen?.render({ info, detail, navigate, refreshSession })
            )}
          </Shell>
        </UnreadCountContext.Provider>
      </TodoCountContext.Provider>
    </SessionContext.Provider>
  );
}
