import { z } from 'zod';
import type { CalendarDay } from '../rules/workingDays.ts';
import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';
import { displayText } from '../text/displayText.ts';

const isoDate = () =>
  z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .meta({ examples: ['2026-10-01'] });

export const calendarChannels = {
  'calendar:list': defineChannel<readonly CalendarDay[]>()({ input: noInput, access: 'signedIn' }),
  'calendar:setDay': defineChannel<readonly CalendarDay[]>()({
    input: z.strictObject({
      date: isoDate(),
      kind: z.enum(['holiday', 'workday']),
      name: displayText(50, { label: '节假日名称', mayBeEmpty: true }),
    }),
    access: 'admin.settings',
  }),
  'calendar:removeDay': defineChannel<readonly CalendarDay[]>()({
    input: z.strictObject({ date: isoDate() }),
    access: 'admin.settings',
  }),
  'calendar:import': defineChannel<{
    readonly imported: number;
    readonly invalidLines: readonly number[];
  }>()({
    input: z.strictObject({ text: z.string().max(200_000) }),
    access: 'admin.settings',
  }),
};
