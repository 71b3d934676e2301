import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../../../shared/contract/notificationChannels.ts';
import { formatShanghaiDateTime } from '../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../api.ts';

const pollMs = 30_000;

/** The bell in the header: unread count (polled passively), and the list with links to the events. */
export function NotificationBell({ onOpen }: { readonly onOpen: (subjectId: string) => void }) {
  const { t } = useTranslation();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<readonly AppNotification[]>([]);

  const refreshCount = useCallback(() => {
    void invoke('notifications:unreadCount', {}).then((result) => {
      if (result.ok) setUnread(result.value);
    });
  }, []);

  useEffect(() => {
    refreshCount();
    const timer = window.setInterval(refreshCount, pollMs);
    return () => window.clearInterval(timer);
  }, [refreshCount]);

  async function toggle() {
    if (!open) {
      const result = await invoke('notifications:list', { limit: 30 });
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
    await invoke('notifications:markRead', {});
    setItems(items.map((item) => ({ ...item, read: true })));
    refreshCount();
  }

  return (
    <div className="notifications">
      <button
        type="button"
        className="button button--quiet notifications__bell"
        aria-expanded={open}
        aria-label={`${t('workspace.notifications.label')}（${t('workspace.notifications.unread', { count: unread })}）`}
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
          {items.length === 0 ? (
            <p className="muted">{t('workspace.notifications.empty')}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li
                  key={item.id}
                  className={item.read ? 'notification' : 'notification notification--unread'}
                >
                  <button type="button" className="link-button" onClick={() => void openItem(item)}>
                    {item.text}
                  </button>
                  <span className="muted">{formatShanghaiDateTime(item.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--small" onClick={() => void markAll()}>
            {t('workspace.notifications.markAllRead')}
          </button>
        </div>
      )}
    </div>
  );
}
