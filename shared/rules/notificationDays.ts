import type { AppNotification } from '../contract/notificationChannels.ts';
import { addDays, shanghaiDate } from './workingDays.ts';

/** Notifications older than this many days are folded behind 显示更早的通知. */
export const recentDays = 7;

export interface NotificationDay {
  /** YYYY-MM-DD in Asia/Shanghai. */
  readonly date: string;
  readonly items: readonly AppNotification[];
}

/** Newest first, grouped by their Shanghai day, split into the recent week and what is older. */
export function notificationDays(
  items: readonly AppNotification[],
  now: Date,
): { readonly recent: NotificationDay[]; readonly earlier: NotificationDay[] } {
  const days: { date: string; items: AppNotification[] }[] = [];
  for (const item of items) {
    const date = shanghaiDate(new Date(item.createdAt));
    const last = days.at(-1);
    if (last && last.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  const cutoff = addDays(shanghaiDate(now), -(recentDays - 1));
  return {
    recent: days.filter((day) => day.date >= cutoff),
    earlier: days.filter((day) => day.date < cutoff),
  };
}
