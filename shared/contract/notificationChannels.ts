import { z } from 'zod';
import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';

export const notificationKinds = ['waiting', 'decision', 'received', 'deadline'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export interface AppNotification {
  readonly id: number;
  readonly kind: NotificationKind;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly text: string;
  readonly createdAt: string;
  readonly read: boolean;
}

export const notificationChannels = {
  'notifications:list': defineChannel<readonly AppNotification[]>()({
    input: z.strictObject({
      unreadOnly: z.boolean().optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    access: 'signedIn',
  }),
  'notifications:unreadCount': defineChannel<number>()({
    input: noInput,
    access: 'signedIn',
    passive: true,
  }),
  'notifications:markRead': defineChannel<number>()({
    input: z.strictObject({ ids: z.array(z.number().int().min(1)).max(500).optional() }),
    access: 'signedIn',
  }),
};
