import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import pg from 'pg';
import { callClockSkewMs } from '../../main/core/exchange/hubProtocol/callSignature.ts';
import { migrateHubDatabase } from '../db/hubMigration.ts';
import { purgeNonces } from '../db/nonceRepository.ts';
import { identifyCaller, verifyCall } from './authenticateCall.ts';
import { databaseUnavailable } from './databaseUnavailable.ts';
import type { HubContext } from './hubContext.ts';
import { HubError, hubErrors } from './hubError.ts';
import { hubRoutes } from './hubRoutes.ts';
import { InboxWaiters } from './inboxWaiters.ts';
import { readBody } from './readBody.ts';

export interface HubServer {
  readonly server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, json: string, close = false): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(json);
}

async function handle(
  context: HubContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://hub');
  let route;
  let params: string[] = [];
  for (const candidate of hubRoutes) {
    const match = candidate.pattern.exec(url.pathname);
    if (match && candidate.method === request.method) {
      route = candidate;
      params = match.slice(1);
      break;
    }
  }
  if (!route) throw hubErrors.notFound();
  const caller = await identifyCaller(context.pool, request, new Date());
  const body = await readBody(request, route.bodyLimit);
  await verifyCall(context.pool, request, caller, body);
  const aborted = new AbortController();
  response.on('close', () => aborted.abort());
  const answer = await route.handle(context, {
    caller,
    body,
    params,
    query: url.searchParams,
    signal: aborted.signal,
  });
  send(response, answer.status, answer.json);
}

/**
 * The hub's HTTP server on one database: migrates it, listens for new parcels, and answers the
 * calls of docs/exchangeHub.md. It keeps no state of its own beyond waiting long-polls, so several
 * processes can serve one database behind a load balancer. It never logs what parcels contain.
 */
export async function createHubServer(options: {
  readonly databaseUrl: string;
  readonly log?: (line: string) => void;
}): Promise<HubServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
  // An idle connection that PostgreSQL drops (a restart) must not bring the hub down.
  pool.on('error', (error) => log(`数据库连接中断：${error.message}`));
  const waiters = new InboxWaiters(options.databaseUrl);
  try {
    await migrateHubDatabase(pool);
    await waiters.start();
  } catch (error) {
    await waiters.close();
    await pool.end();
    throw error;
  }
  const context: HubContext = { pool, waiters };

  const purge = setInterval(() => {
    purgeNonces(pool, 2 * callClockSkewMs + 60_000).catch(() => undefined);
  }, 60_000);
  purge.unref();

  const server = createServer((request, response) => {
    handle(context, request, response).catch((error: unknown) => {
      if (error instanceof HubError) {
        send(
          response,
          error.status,
          JSON.stringify({ error: error.code, message: error.message }),
          error.status === 413,
        );
        return;
      }
      const unavailable = databaseUnavailable(error);
      const failure = unavailable
        ? hubErrors.unavailable()
        : new HubError(500, 'internal', '交换中心内部错误，请联系交换中心管理员查看日志。');
      // The method and path only: a parcel's contents never reach the log.
      log(
        `${request.method ?? ''} ${(request.url ?? '').split('?')[0] ?? ''}: ${error instanceof Error ? error.message : String(error)}`,
      );
      send(
        response,
        failure.status,
        JSON.stringify({ error: failure.code, message: failure.message }),
      );
    });
  });

  return {
    server,
    close: async () => {
      clearInterval(purge);
      await waiters.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}
