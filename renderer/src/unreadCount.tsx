import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { invoke } from './api.ts';

/** A passive poll: it never keeps an idle session open. */
const pollMs = 30_000;

export interface UnreadCountValue {
  /** Unread notifications, or null before the first answer. */
  readonly count: number | null;
  /** Asks again now (after the bell marked some read). */
  readonly refresh: () => void;
}

export const UnreadCountContext = createContext<UnreadCountValue>({
  count: null,
  refresh: () => {},
});

/**
 * The signed-in person's unread notifications, asked every 30 s in one place: the bell shows the
 * count, and live views (useLiveRefresh) refresh when it moves, the sign that another person acted.
 */
export function useUnreadCountState(): UnreadCountValue {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    void invoke('notifications:unreadCount', {}).then((result) => {
      if (result.ok) setCount(result.value);
    });
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, pollMs);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return useMemo(() => ({ count, refresh }), [count, refresh]);
}

export const useUnreadCount = (): UnreadCountValue => useContext(UnreadCountContext);
