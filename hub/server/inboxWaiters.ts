import pg from 'pg';
import { parcelChannel } from '../db/parcelRepository.ts';

/**
 * Long-polls waiting in this process, woken by PostgreSQL's NOTIFY: every hub process on the
 * database LISTENs, so a parcel stored through any of them wakes its recipient's poll in all.
 * When the listening connection drops (PostgreSQL restarted), it reconnects and wakes everyone,
 * since a notification may have been missed meanwhile.
 */
export class InboxWaiters {
  private readonly waiting = new Map<string, Set<() => void>>();
  private client: pg.Client | null = null;
  private reconnecting = false;
  private closed = false;

  private readonly databaseUrl: string;

  constructor(databaseUrl: string) {
    this.databaseUrl = databaseUrl;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  /** A promise that settles at the next parcel to `recipient`; `cancel` forgets it. */
  next(recipient: string): { readonly arrived: Promise<void>; readonly cancel: () => void } {
    let wake: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const set = this.waiting.get(recipient) ?? new Set();
    set.add(wake);
    this.waiting.set(recipient, set);
    const cancel = () => {
      set.delete(wake);
      if (set.size === 0 && this.waiting.get(recipient) === set) this.waiting.delete(recipient);
    };
    return { arrived: arrived.then(cancel), cancel };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private wake(recipient: string): void {
    for (const wake of this.waiting.get(recipient) ?? []) wake();
  }

  private wakeAll(): void {
    for (const recipient of [...this.waiting.keys()]) this.wake(recipient);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel === parcelChannel && message.payload) this.wake(message.payload);
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${parcelChannel}`);
    if (this.closed) {
      // Closed while this connection was made (a reconnection after PostgreSQL restarted, just as
      // the hub stopped): kept, it would hold the process open after close.
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.wakeAll();
  }

  private reconnect(lost: pg.Client): void {
    if (this.closed || this.reconnecting || (this.client !== lost && this.client !== null)) return;
    this.client = null;
    this.reconnecting = true;
    void lost.end().catch(() => undefined);
    const attempt = (delayMs: number) => {
      setTimeout(() => {
        if (this.closed) return;
        this.connect().then(
          () => {
            this.reconnecting = false;
          },
          () => attempt(Math.min(delayMs * 2, 2000)),
        );
      }, delayMs).unref();
    };
    attempt(100);
  }
}
