import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** A short note beside a tab's name (3 份 · 待签 12), part of the tab's accessible name. */
export interface TabBadge {
  readonly text: string;
  readonly tone: 'neutral' | 'pending' | 'good' | 'bad';
}

export interface TabItem {
  readonly id: string;
  readonly label: string;
  readonly badge?: TabBadge;
}

interface TabsProps {
  readonly label: string;
  readonly tabs: readonly TabItem[];
  readonly current: string;
  readonly onSelect: (id: string) => void;
  readonly children: ReactNode;
}

/**
 * ARIA tabs: Left/Right/Home/End move between tabs, the panel is labelled by its tab. Element ids
 * are unique to each set of tabs, so one set may sit inside another's panel.
 */
export function Tabs({ label, tabs, current, onSelect, children }: TabsProps) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const prefix = useId();
  const tabId = (id: string) => `${prefix}tab-${id}`;
  const panelId = (id: string) => `${prefix}panel-${id}`;
  const move = (event: KeyboardEvent, index: number) => {
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === current}
            aria-controls={panelId(tab.id)}
            tabIndex={tab.id === current ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
            {tab.badge && (
              <span className={`badge badge--${tab.badge.tone}`}>{tab.badge.text}</span>
            )}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId(current)}
        aria-labelledby={tabId(current)}
        className="tabs__panel"
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
