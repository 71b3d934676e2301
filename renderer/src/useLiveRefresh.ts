import { useEffect, useRef } from 'react';
import type { ChannelName } from '../../shared/contract/channels.ts';
import { invoke, onCallSucceeded } from './api.ts';

/** The same passive poll as the notification bell's badge: it never keeps an idle session open. */
const pollMs = 30_000;
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

  useEffect(() => {
    let timer: number | undefined;
    let unread: number | null = null;
    const soon = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), settleMs);
    };
    const stopListening = onCallSucceeded((channel) => {
      if (channels.has(channel)) soon();
    });
    const poll = () =>
      void invoke('notifications:unreadCount', {}).then((result) => {
        if (!result.ok) return;
        if (unread !== null && result.value !== unread) soon();
        unread = result.value;
      });
    poll();
    const polling = window.setInterval(poll, pollMs);
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
      window.clearInterval(polling);
      window.clearInterval(stamping);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', soon);
    };
  }, [channels, stamp]);
}
