import type pg from 'pg';
import type { InboxWaiters } from './inboxWaiters.ts';

/** What every call of one hub process shares. */
export interface HubContext {
  readonly pool: pg.Pool;
  readonly waiters: InboxWaiters;
}
