import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../../../shared/contract/notificationChannels.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { invoke } from '../api.ts';
import { useUnreadCount } from '../unreadCount.tsx';
import { Disclosure } from './Disclosure.tsx';
import { notificationDays, type NotificationDay } from '../../../shared/rules/notificationDays.ts';

const listLimit = 100;

/**
 * The bell in the header: unread count (polled passively), and the list by day with links to the
 * events; unread ones marked, the last week open and older days folded, 全部已读 at the top.
 */
export function NotificationBell({ onOpen }: { readonly onOpen: (subjectId: string) => void }) {
  const { t } = useTranslation();
  const { count, refresh: refreshCount } = useUnreadCount();
  const unread = count ?? 0;
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<readonly AppNotification[]>([]);
  const bell = useRef<HTMLButtonElement>(null);

  // Esc closes the panel wherever focus is, and focus goes back to the bell that opened it.
  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpen(false);
      bell.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  async function toggle() {
    if (!open) {
      const result = await invoke('notifications:list', { limit: listLimit });
      if (result.ok) setItems(result.value);
    }
    setOpen(!open);
  }

  async function openItem(item: AppNotification) {
    await invoke('notifications:markRead', { ids: [item.id] });
    setOpen(false);
    refreshCount();
    if (item.subjectKind === 'request') onOpen(item.subjectId);
  }

  async function markAll() {
    const result = await invoke('notifications:markRead', {});
    if (result.ok) setItems(items.map((item) => ({ ...item, read: true })));
    refreshCount();
  }

  const { recent, earlier } = notificationDays(items, new Date());
  const anyUnread = items.some((item) => !item.read);
  const dayList = (days: readonly NotificationDay[]) =>
    days.map((day) => (
      <NotificationGroup key={day.date} day={day} onOpen={(item) => void openItem(item)} />
    ));

  return (
    <div className="notifications">
      <button
        ref={bell}
        type="button"
        className="button button--quiet notifications__bell"
        aria-expanded={open}
        aria-label={`${t('workspace.notifications.label')}${t('punctuation.bracketed', { text: t('workspace.notifications.unread', { count: unread }) })}`}
        title={t('workspace.notifications.label')}
        onClick={() => void toggle()}
      >
        {t('workspace.notifications.label')}
        {unread > 0 && (
          <span className="notifications__badge" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div
          className="notifications__panel"
          role="region"
          aria-label={t('workspace.notifications.label')}
        >
          <div className="notifications__top">
            <span className="muted">
              {anyUnread
                ? t('workspace.notifications.unread', { count: unread })
                : t('todo.notifications.allRead')}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={!anyUnread}
              onClick={() => void markAll()}
            >
              {t('todo.notifications.markAllRead')}
            </button>
          </div>
          {items.length === 0 ? (
            <p className="muted">{t('workspace.notifications.empty')}</p>
          ) : (
            <>
              {dayList(recent)}
              {earlier.length > 0 && (
                <Disclosure
                  className="notifications__earlier"
                  summary={t('todo.notifications.showEarlier', {
                    count: earlier.reduce((sum, day) => sum + day.items.length, 0),
                  })}
                >
                  {dayList(earlier)}
                </Disclosure>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

function NotificationGroup({
  day,
  onOpen,
}: {
  readonly day: NotificationDay;
  readonly onOpen: (item: AppNotification) => void;
}) {
  const { t } = useTranslation();
  const today = shanghaiDate(new Date());
  const label =
    day.date === today
      ? t('todo.notifications.today')
      : day.date === addDays(today, -1)
        ? t('todo.notifications.yesterday')
        : t('scheduling.labels.fullDate', {
            year: Number(day.date.slice(0, 4)),
            month: Number(day.date.slice(5, 7)),
            day: Number(day.date.slice(8, 10)),
          });
  const headingId = `notifications-${day.date}`;
  return (
    <section aria-labelledby={headingId} className="notifications__day">
      <h3 id={headingId}>{label}</h3>
      <ul>
        {day.items.map((item) => (
          <li
            key={item.id}
            className={item.read ? 'notification' : 'notification notification--unread'}
          >
            <button type="button" className="link-button" onClick={() => onOpen(item)}>
              {!item.read && (
                <span className="notification__dot" title={t('todo.notifications.unreadMark')}>
                  <span className="visually-hidden">
                    {t('todo.notifications.unreadMark')}
                    {t('punctuation.colon')}
                  </span>
                </span>
              )}
              {item.text}
            </button>
            <span className="notification__time">{time(item)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const time = (item: AppNotification): string => timeFormat.format(new Date(item.createdAt));
