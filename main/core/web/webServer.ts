import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { securityHeaders } from '../security/contentSecurityPolicy.ts';
import { contentTypeOf, resolveRendererFile } from '../security/rendererFiles.ts';
import type { Router } from '../rpc/router.ts';
import { BodyBudget } from './bodyBudget.ts';
import { BodyTooLarge, readBody, ServerBusy } from './readBody.ts';

export const tokenHeader = 'x-workbench-token';
export const clientHeader = 'x-workbench-client';
// Packages and attachments arrive base64-encoded in one call; each channel bounds its own strings.
const maxBodyBytes = 64 * 1024 * 1024;
/**
 * Memory for the bodies of all calls being read or handled at once, each counted twice (readBody's
 * `copiesHeld`): one call at the size limit, or many small ones. Past it a call is answered 503
 * with Retry-After, and the renderer says the server is busy.
 */
export const bodyBytesInFlightCap = 128 * 1024 * 1024;
const retryAfterSeconds = '2';
const clientKeyPattern = /^[A-Za-z0-9-]{8,64}$/;

export interface WebServerOptions {
  readonly router: Router;
  readonly rendererDir: string;
  readonly token: string;
  readonly port?: number;
}

export interface WebServer {
  readonly server: Server;
  readonly port: number;
  /** The address to open, carrying the token in the fragment (never sent to the server). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Web mode: the same router as the desktop app, on loopback only. Every /rpc call needs this
 * launch's token in a header, a loopback Host, and no foreign Origin; nothing but the built
 * renderer and /rpc is served.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port ?? 0;
  const budget = new BodyBudget(bodyBytesInFlightCap);
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return sendJson(response, 403, { error: 'forbidden_host' });
    }
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    if (path === '/rpc') return handleRpc(request, response, allowedHosts);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { error: 'method_not_allowed' });
    }
    const file = resolveRendererFile(options.rendererDir, path);
    if (file === null) return sendJson(response, 404, { error: 'not_found' });
    response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  }

  async function handleRpc(
    request: IncomingMessage,
    response: ServerResponse,
    allowedHosts: readonly string[],
  ): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'method_not_allowed' });
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return sendJson(response, 403, { error: 'forbidden_origin' });
    }
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return sendJson(response, 403, { error: 'forbidden_origin' });
    }
    if (!tokenMatches(request.headers[tokenHeader], options.token)) {
      return sendJson(response, 401, { error: 'bad_token' });
    }
    const clientKey = request.headers[clientHeader];
    if (typeof clientKey !== 'string' || !clientKeyPattern.test(clientKey)) {
      return sendJson(response, 400, { error: 'bad_client' });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { error: 'unsupported_media_type' });
    }
    let body: { value: unknown; release: () => void };
    try {
      body = await readJson(request, budget);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(response, 413, { error: 'too_large' });
      if (error instanceof ServerBusy) {
        response.setHeader('Retry-After', retryAfterSeconds);
        return sendJson(response, 503, { error: 'busy' });
      }
      return sendJson(response, 400, { error: 'bad_json' });
    }
    try {
      if (typeof body.value !== 'object' || body.value === null) {
        return sendJson(response, 400, { error: 'bad_request' });
      }
      const { channel, input } = body.value as { channel?: unknown; input?: unknown };
      sendJson(response, 200, await options.router.dispatch(channel, input, `web:${clientKey}`));
    } finally {
      body.release();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The parsed body; the raw bytes and the text go out of reach as soon as it is parsed. */
async function readJson(
  request: IncomingMessage,
  budget: BodyBudget,
): Promise<{ value: unknown; release: () => void }> {
  const body = await readBody(request, maxBodyBytes, budget);
  try {
    return { value: JSON.parse(body.bytes.toString('utf8')), release: body.release };
  } catch (error) {
    body.release();
    throw error;
  }
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
