import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export interface NavItem {
  readonly id: string;
  readonly label: string;
  /** A number beside the label (待办's count), described to assistive technology by `countLabel`. */
  readonly count?: number;
  readonly countLabel?: string;
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
            <li key={item.id} className="shell__nav-entry">
              <button
                type="button"
                className="shell__nav-item"
                aria-current={item.id === current ? 'page' : undefined}
                aria-describedby={item.count === undefined ? undefined : `nav-count-${item.id}`}
                onClick={() => onNavigate(item.id)}
              >
                {item.label}
              </button>
              {item.count !== undefined && (
                // Beside the button, not in it, so the item's name stays 「待办」.
                <span
                  id={`nav-count-${item.id}`}
                  className={
                    item.count > 0 ? 'shell__nav-count' : 'shell__nav-count shell__nav-count--zero'
                  }
                  data-testid={`nav-count-${item.id}`}
                  title={item.countLabel}
                >
                  {item.count}
                  <span className="visually-hidden">
                    {item.countLabel ? ` ${item.countLabel}` : ''}
                  </span>
                </span>
              )}
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
