import { defineChannel } from './channel.ts';
import { noInput } from './limits.ts';

export interface AppInfo {
  readonly productName: string;
  readonly version: string;
  readonly schemaVersion: number;
  readonly mode: 'desktop' | 'web';
  readonly setupRequired: boolean;
}

export const appChannels = {
  'app:info': defineChannel<AppInfo>()({ input: noInput, access: 'public' }),
};
