import type { z } from 'zod';
import { accountChannels } from './accountChannels.ts';
import { appChannels } from './appChannels.ts';
import { archiveChannels } from './archiveChannels.ts';
import { auditChannels } from './auditChannels.ts';
import { calendarChannels } from './calendarChannels.ts';
import { concernChannels } from './concernChannels.ts';
import type { DeepReadonly } from '../deepReadonly.ts';
import type { Channel } from './channel.ts';
import { documentNumberChannels } from './documentNumberChannels.ts';
import { evaluationChannels } from './evaluationChannels.ts';
import { exchangeChannels } from './exchangeChannels.ts';
import { materialChannels } from './materialChannels.ts';
import { notificationChannels } from './notificationChannels.ts';
import { requestChannels } from './requestChannels.ts';
import { schedulingChannels } from './schedulingChannels.ts';
import { searchChannels } from './searchChannels.ts';
import { transcriptChannels } from './transcriptChannels.ts';
import { workspaceChannels } from './workspaceChannels.ts';

/** Every channel of the seam, declared once. Main implements each; the renderer invokes them. */
export const channels = {
  ...appChannels,
  ...archiveChannels,
  ...accountChannels,
  ...auditChannels,
  ...calendarChannels,
  ...requestChannels,
  ...schedulingChannels,
  ...notificationChannels,
  ...workspaceChannels,
  ...transcriptChannels,
  ...searchChannels,
  ...exchangeChannels,
  ...materialChannels,
  ...documentNumberChannels,
  ...evaluationChannels,
  ...concernChannels,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;

type SchemaOf<K extends ChannelName> = Channels[K] extends Channel<infer S, unknown> ? S : never;

/** What a caller passes (before defaults and trimming); readonly data is accepted as it is. */
export type ChannelInput<K extends ChannelName> = DeepReadonly<z.input<SchemaOf<K>>>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ChannelName> = z.output<SchemaOf<K>>;
export type ChannelOutput<K extends ChannelName> =
  Channels[K] extends Channel<z.ZodType, infer O> ? O : never;

export const channelNames = Object.keys(channels) as ChannelName[];

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(channels, name);
