import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export interface NavItem {
  readonly id: string;
  readonly label: string;
}

interface ShellProps {
  readonly navItems: readonly NavItem[];
  readonly current: string;
  readonly onNavigate: (id: string) => void;
  readonly userArea?: ReactNode;
  readonly children: ReactNode;
}

/** The frame of every signed-in screen: a left navigation, a header, and the page. */
export function Shell({ navItems, current, onNavigate, userArea, children }: ShellProps) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <div className="shell__brand">
          <span className="shell__brand-name">{t('app.name')}</span>
          <span className="shell__brand-sub">{t('app.subtitle')}</span>
        </div>
        <ul>
          {navItems.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="shell__nav-item"
                aria-current={item.id === current ? 'page' : undefined}
                onClick={() => onNavigate(item.id)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <header className="shell__header">
        <div className="shell__header-spacer" />
        {userArea}
        <LanguageSwitch />
      </header>
      <main className="shell__main">{children}</main>
    </div>
  );
}
