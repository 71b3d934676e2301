import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/accountChannels.ts';
import type { AppInfo } from '../../shared/contract/appChannels.ts';
import { hasPermission, type Permission } from '../../shared/domain/permissions.ts';
import { invoke } from './api.ts';
import { Shell, type NavItem } from './components/Shell.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InboxPage } from './pages/requests/InboxPage.tsx';
import { RequestPage } from './pages/requests/RequestPage.tsx';
import { RequestsPage } from './pages/requests/RequestsPage.tsx';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { ExchangePage } from './pages/admin/ExchangePage.tsx';
import { SettingsPage } from './pages/admin/SettingsPage.tsx';
import { UnitsPage } from './pages/admin/UnitsPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { SessionContext } from './session.tsx';
import { useHashRoute } from './useHashRoute.ts';
import { useIdleLock } from './useIdleLock.ts';

interface Screen {
  readonly route: string;
  readonly labelKey:
    | 'nav.home'
    | 'requests.inboxNav'
    | 'requests.nav'
    | `admin.${'users' | 'units' | 'settings' | 'audit' | 'exchange'}.nav`;
  readonly permission?: Permission;
}

const screens: readonly Screen[] = [
  { route: 'home', labelKey: 'nav.home' },
  { route: 'inbox', labelKey: 'requests.inboxNav', permission: 'requests.view' },
  { route: 'requests', labelKey: 'requests.nav', permission: 'requests.view' },
  { route: 'admin/users', labelKey: 'admin.users.nav', permission: 'admin.users' },
  { route: 'admin/units', labelKey: 'admin.units.nav', permission: 'admin.units' },
  { route: 'admin/settings', labelKey: 'admin.settings.nav', permission: 'admin.settings' },
  { route: 'admin/exchange', labelKey: 'admin.exchange.nav', permission: 'admin.exchange' },
  { route: 'admin/audit', labelKey: 'admin.audit.nav', permission: 'admin.audit' },
];

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
  // A request opens at #/requests/<id>; every other route names its screen directly.
  const detailId = route.startsWith('requests/') ? route.slice('requests/'.length) : undefined;
  const section = detailId ? 'requests' : route;
  const current = allowed.find((screen) => screen.route === section) ?? allowed[0];
  const openRequest = (id: string) => navigate(`requests/${id}`);
  const navItems: NavItem[] = allowed.map((screen) => ({
    id: screen.route,
    label: t(screen.labelKey),
  }));

  const refreshSession = () => {
    void invoke('session:current', {}).then((result) => {
      if (result.ok && result.value) onSessionChanged(result.value);
    });
  };

  const page = (() => {
    switch (current?.route) {
      case 'admin/users':
        return <UsersPage />;
      case 'admin/units':
        return <UnitsPage />;
      case 'admin/settings':
        return <SettingsPage onSaved={refreshSession} />;
      case 'admin/audit':
        return <AuditPage />;
      case 'admin/exchange':
        return <ExchangePage />;
      case 'inbox':
        return <InboxPage onOpen={openRequest} />;
      case 'requests':
        return detailId ? (
          <RequestPage requestId={detailId} />
        ) : (
          <RequestsPage onOpen={openRequest} />
        );
      default:
        return <HomePage info={info} />;
    }
  })();

  const userArea = (
    <>
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
      <Shell
        navItems={navItems}
        current={current?.route ?? 'home'}
        onNavigate={navigate}
        userArea={userArea}
      >
        {page}
      </Shell>
    </SessionContext.Provider>
  );
}
