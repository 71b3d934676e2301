import type { Resources } from '../zhCN.ts';

/** English UI text of the exchange hub section. */
export const hubEn: Resources['hub'] = {
  title: 'Exchange hub',
  intro:
    'With the address of the county exchange hub set, records this installation sends reach the other office through the hub and records for it are imported as they arrive (with the same checks as a package). While the hub cannot be reached, records wait here and are retried; package files still work.',
  address: 'Hub address',
  addressHint: 'For example http://10.1.2.3:8800; save it empty to stop using the hub.',
  save: 'Save',
  saved: 'Hub address saved.',
  cleared: 'Hub turned off: exchange by package files only.',
  unchanged: 'The address is unchanged.',
  syncNow: 'Sync now',
  syncing: 'Syncing…',
  state: 'State',
  states: {
    off: 'Off',
    connecting: 'Connecting…',
    connected: 'Connected',
    offline: 'Offline',
  },
  offlineSince: 'Offline since {{at}}',
  lastSync: 'Last sync',
  never: 'Not yet',
  lastError: 'Latest problem',
  peersTitle: 'By office',
  columns: {
    name: 'Office',
    waiting: 'Waiting to go',
    received: 'Received',
    lastReceived: 'Last received',
    problem: 'Problem',
  },
  noPeers: 'No other installation registered yet.',
};
