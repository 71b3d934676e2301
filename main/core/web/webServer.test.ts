import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { httpRequest, rpcHeaders } from '../testing/httpRequest.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { startWebServer, type WebServer } from './webServer.ts';

const folder = tempFolder();
const token = 'test-token-0123456789';
let core: Core;
let web: WebServer;

beforeAll(async () => {
  const rendererDir = join(folder.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(folder.path, 'secret.txt'), 'do not serve');
  core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web' });
  web = await startWebServer({ router: core.router, rendererDir, token });
});

afterAll(async () => {
  await web.close();
  core.close();
  folder.remove();
});

const rpc = (body: unknown, headers: Record<string, string> = rpcHeaders(web.port, token)) =>
  httpRequest({
    port: web.port,
    method: 'POST',
    path: '/rpc',
    headers,
    body: JSON.stringify(body),
  });

describe('web mode server', () => {
  it('prints an address on loopback carrying the token in the fragment', () => {
    expect(web.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${web.port}/#token=${token}$`));
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the built renderer with the CSP and nothing outside it', async () => {
    const index = await httpRequest({ port: web.port, headers: { Host: `127.0.0.1:${web.port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await httpRequest({
      port: web.port,
      path: '/assets/app.js',
      headers: { Host: `localhost:${web.port}` },
    });
    expect(asset.status).toBe(200);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5c..%5csecret.txt',
      '/%00',
      '/missing.js',
    ]) {
      const response = await httpRequest({
        port: web.port,
        path,
        headers: { Host: `127.0.0.1:${web.port}` },
      });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('do not serve');
    }
  });

  it('answers a well-formed call', async () => {
    const response = await rpc({ channel: 'app:info', input: {} });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { mode: 'web' } });
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it('refuses calls without the token, with a wrong token, a foreign Host or a foreign origin, and changes nothing', async () => {
    const before = databaseSnapshot(core.db);
    const good = rpcHeaders(web.port, token);
    const { 'X-Workbench-Token': _token, ...withoutToken } = good;
    const refusals: [string, Record<string, string>, number][] = [
      ['no token', withoutToken, 401],
      ['wrong token', { ...good, 'X-Workbench-Token': 'test-token-0123456788' }, 401],
      ['short token', { ...good, 'X-Workbench-Token': 'x' }, 401],
      ['foreign Host', { ...good, Host: 'evil.example:80' }, 403],
      ['DNS rebinding Host', { ...good, Host: `evil.example:${web.port}` }, 403],
      ['foreign Origin', { ...good, Origin: 'http://evil.example' }, 403],
      ['other port Origin', { ...good, Origin: `http://127.0.0.1:${web.port + 1}` }, 403],
      ['cross-site fetch', { ...good, 'Sec-Fetch-Site': 'cross-site' }, 403],
    ];
    for (const [name, headers, status] of refusals) {
      const response = await rpc({ channel: 'app:info', input: {} }, headers);
      expect(response.status, name).toBe(status);
      expect(response.body, name).not.toContain('"ok":true');
    }
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('refuses other methods, media types, bad JSON and oversized bodies, and keeps serving', async () => {
    const headers = rpcHeaders(web.port, token);
    expect(
      (await httpRequest({ port: web.port, method: 'GET', path: '/rpc', headers })).status,
    ).toBe(405);
    expect((await httpRequest({ port: web.port, method: 'PUT', path: '/', headers })).status).toBe(
      405,
    );
    expect(
      (
        await httpRequest({
          port: web.port,
          method: 'POST',
          path: '/rpc',
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await httpRequest({
          port: web.port,
          method: 'POST',
          path: '/rpc',
          headers,
          body: '{not json',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await httpRequest({
          port: web.port,
          method: 'POST',
          path: '/rpc',
          headers,
          body: 'x'.repeat(65 * 1024 * 1024),
        })
      ).status,
    ).toBe(413);
    expect(JSON.parse((await rpc({ channel: 'app:info', input: {} })).body)).toMatchObject({
      ok: true,
    });
  });
});
