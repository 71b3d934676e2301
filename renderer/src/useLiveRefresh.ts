import { useEffect, useRef } from 'react';
import type { ChannelName } from '../../shared/contract/channels.ts';
import { onCallSucceeded } from './api.ts';
import { useUnreadCount } from './unreadCount.tsx';

/** How often the view's own stamp (see below) is asked for: a cheap, passive call. */
const stampMs = 10_000;
/** Several calls of one action (save, then sign) refresh once. */
const settleMs = 250;

/**
 * Keeps a view true without a reload: `refresh` runs after a call of this window on one of
 * `channels` succeeded (a save, a sign-off, an export, a decision), when the unread count of
 * notifications changes (another person acted: the signal the bell shows), when the view's
 * `stamp` moves (any change by anyone to what it shows, e.g. a sign-off that notifies nobody), and
 * when the window comes back into view. `stamp` must be stable (useCallback).
 */
export function useLiveRefresh(
  channels: ReadonlySet<ChannelName>,
  refresh: () => void,
  stamp?: () => Promise<number | null>,
): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  const { count: unread } = useUnreadCount();
  const seenUnread = useRef<number | null>(null);
  // The bell's count moving is the sign another person acted; the first answer is not a change.
  useEffect(() => {
    if (unread === null) return;
    const before = seenUnread.current;
    seenUnread.current = unread;
    if (before !== null && before !== unread) latest.current();
  }, [unread]);

  useEffect(() => {
    let timer: number | undefined;
    const soon = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), settleMs);
    };
    const stopListening = onCallSucceeded((channel) => {
      if (channels.has(channel)) soon();
    });
    let stamped: number | null = null;
    const checkStamp = () =>
      void stamp?.().then((value) => {
        if (value === null) return;
        if (stamped !== null && value !== stamped) soon();
        stamped = value;
      });
    checkStamp();
    const stamping = stamp ? window.setInterval(checkStamp, stampMs) : undefined;
    const onVisible = () => {
      if (document.visibilityState === 'visible') soon();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', soon);
    return () => {
      stopListening();
      window.clearTimeout(timer);
      window.clearInterval(stamping);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', soon);
    };
  }, [channels, stamp]);
}
