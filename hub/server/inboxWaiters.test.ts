import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresServer, type PostgresServer } from '../testing/postgresServer.ts';
import { InboxWaiters } from './inboxWaiters.ts';

let postgres: PostgresServer;
beforeAll(async () => {
  postgres = await startPostgresServer();
});
afterAll(async () => {
  await postgres.stop();
});

/** Connections of the database that are listening for parcels. */
async function listening(): Promise<number> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'LISTEN%'",
    );
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('inbox waiters', () => {
  it('leave no listening connection when closed while connecting', async () => {
    const waiters = new InboxWaiters(postgres.url);
    const starting = waiters.start();
    await waiters.close();
    await starting;
    // A backend leaves the activity view a moment after its client has gone.
    await expect.poll(listening).toBe(0);
  });

  it('listen until closed', async () => {
    const waiters = new InboxWaiters(postgres.url);
    await waiters.start();
    expect(await listening()).toBe(1);
    await waiters.close();
    await expect.poll(listening).toBe(0);
  });
});
