import type { DatabaseSync } from 'node:sqlite';
import type { notificationChannels } from '../../../shared/contract/notificationChannels.ts';
import { requireActor } from '../accounts/accountService.ts';
import { remindDeadlines } from '../notifications/deadlineReminders.ts';
import {
  countUnread,
  listNotifications,
  markRead,
} from '../notifications/notificationRepository.ts';
import type { Handlers } from '../rpc/handlers.ts';

type NotificationHandlers = Pick<Handlers, keyof typeof notificationChannels>;

export function notificationHandlers(db: DatabaseSync): NotificationHandlers {
  return {
    'notifications:list': (input, context) => {
      const actor = requireActor(context);
      remindDeadlines(db, actor, context.now);
      return listNotifications(db, actor.userId, input.unreadOnly ?? false, input.limit ?? 50);
    },
    'notifications:unreadCount': (_input, context) => {
      const actor = requireActor(context);
      remindDeadlines(db, actor, context.now);
      return countUnread(db, actor.userId);
    },
    'notifications:markRead': (input, context) =>
      markRead(db, requireActor(context).userId, input.ids ?? null, context.now.toISOString()),
  };
}
