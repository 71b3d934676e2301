import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';

/** One recorded /rpc exchange: the exact request body and the reply the real server gave. */
export interface RecordedReply {
  readonly request: string;
  readonly body: string;
}

/**
 * The baseline server, run as its own process like web mode: bare `node:http` that serves the
 * built renderer's files and answers POST /rpc by replaying recorded replies, keyed by the exact
 * request body. No token, no core, no database. Prints `BARE_URL=<address>` once listening.
 *
 * With --commit-db, each POST /rpc first commits one row holding the request's body to that
 * SQLite file, with the app's durability (WAL, synchronous=FULL), and a request not recorded gets
 * the first recorded reply: the bare equivalent of an acknowledged write.
 *
 * node scripts/bench/bareServer.ts --renderer-dir out/renderer --replies replies.json
 */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Commits `body` as one row in its own transaction, on disk when this returns. */
function bareCommit(file: string): (body: string) => void {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(
    'CREATE TABLE IF NOT EXISTS bare_commit (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT',
  );
  const insert = db.prepare('INSERT INTO bare_commit (body) VALUES (?)');
  return (body) => {
    db.exec('BEGIN IMMEDIATE');
    insert.run(body);
    db.exec('COMMIT');
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'renderer-dir': { type: 'string' },
      replies: { type: 'string' },
      'commit-db': { type: 'string' },
    },
  });
  const root = resolve(values['renderer-dir'] ?? 'out/renderer');
  const recorded = values.replies
    ? (JSON.parse(readFileSync(values.replies, 'utf8')) as RecordedReply[])
    : [];
  const replies = new Map(recorded.map((reply) => [reply.request, reply.body]));
  const commit = values['commit-db'] ? bareCommit(values['commit-db']) : undefined;

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    if (path === '/rpc' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const requestBody = Buffer.concat(chunks).toString('utf8');
        commit?.(requestBody);
        const body = replies.get(requestBody) ?? (commit && recorded[0]?.body);
        const text = body ?? '{"error":"not_recorded"}';
        response.writeHead(body === undefined ? 404 : 200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(text),
        });
        response.end(text);
      });
      return;
    }
    const file = resolve(root, `.${path === '/' ? '/index.html' : decodeURIComponent(path)}`);
    if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(`BARE_URL=http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

main();
