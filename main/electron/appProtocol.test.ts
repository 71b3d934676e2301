import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../core/security/contentSecurityPolicy.ts';
import { tempFolder } from '../core/testing/tempFolder.ts';
import { appOrigin, handleAppRequest } from './appProtocol.ts';

// A fake built renderer, with a secret one level above it that no request may reach.
const secret = 'TOP-SECRET-6f1c';
const folder = tempFolder('workbench-app-protocol-');
const rendererDir = join(folder.path, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>工作台</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
writeFileSync(join(folder.path, 'secret.txt'), secret);
symlinkSync(join(folder.path, 'secret.txt'), join(rendererDir, 'leak.txt'));
symlinkSync(folder.path, join(rendererDir, 'outside'));

afterAll(() => folder.remove());

const get = (url: string, method = 'GET'): Promise<Response> =>
  handleAppRequest(rendererDir, new Request(url, { method }));

describe('handleAppRequest serves the built renderer', () => {
  it.each([
    `${appOrigin}/`,
    `${appOrigin}/index.html`,
    `${appOrigin}`,
    `${appOrigin}/?lang=en#top`,
  ])('serves index.html for %s with the CSP and an HTML content type', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>工作台</title>');
  });

  it('serves an asset with a JavaScript content type, ignoring the query', async () => {
    const response = await get(`${appOrigin}/assets/app.js?v=3`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('console.log("app");');
  });

  it('answers 404 with the CSP for a file that does not exist', async () => {
    const response = await get(`${appOrigin}/missing.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404 for a folder', async () => {
    expect((await get(`${appOrigin}/assets`)).status).toBe(404);
    expect((await get(`${appOrigin}/assets/`)).status).toBe(404);
  });
});

describe('handleAppRequest refuses to leave the renderer folder', () => {
  // What reaches the handler is the URL after `new Request` parsed it: plain and `%2e%2e` dot
  // segments are normalised away by the URL parser (they stay inside the bundle), while encoded
  // slashes, backslashes, double encoding and NUL arrive raw and must be refused by the guard.
  const attempts: readonly (readonly [string, string])[] = [
    ['plain ..', `${appOrigin}/../../etc/passwd`],
    ['plain .. to the secret', `${appOrigin}/../secret.txt`],
    ['encoded slash', `${appOrigin}/..%2f..%2fetc%2fpasswd`],
    ['encoded slash to the secret', `${appOrigin}/..%2fsecret.txt`],
    ['encoded slash, upper case', `${appOrigin}/..%2Fsecret.txt`],
    ['encoded dots', `${appOrigin}/%2e%2e/%2e%2e/etc/passwd`],
    ['encoded dots and slash', `${appOrigin}/%2e%2e%2fsecret.txt`],
    ['encoded dots below a folder', `${appOrigin}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`],
    ['double encoded dots', `${appOrigin}/%252e%252e/%252e%252e/etc/passwd`],
    ['double encoded dots to the secret', `${appOrigin}/%252e%252e%252fsecret.txt`],
    ['encoded backslash', `${appOrigin}/..%5csecret.txt`],
    ['encoded backslashes', `${appOrigin}/..%5c..%5cetc%5cpasswd`],
    ['raw backslash', `${appOrigin}/..\\secret.txt`],
    ['encoded NUL', `${appOrigin}/index.html%00.js`],
    ['encoded NUL before traversal', `${appOrigin}/%00/..%2fsecret.txt`],
    ['malformed escape', `${appOrigin}/%E0%A4%A`],
    ['many levels up', `${appOrigin}/${'..%2f'.repeat(12)}etc%2fpasswd`],
    ['absolute path', `${appOrigin}//etc/passwd`],
    ['symlink to a file outside', `${appOrigin}/leak.txt`],
    ['symlink to a folder outside', `${appOrigin}/outside/secret.txt`],
  ];

  it.each(attempts)('refuses %s (%s)', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(secret);
    expect(body).not.toContain('root:');
  });

  it('normalises plain dot segments before the handler sees them', () => {
    // Documents why the plain `..` cases above land inside the bundle rather than at the guard.
    expect(new Request(`${appOrigin}/../secret.txt`).url).toBe(`${appOrigin}/secret.txt`);
    expect(new Request(`${appOrigin}/..%2fsecret.txt`).url).toBe(`${appOrigin}/..%2fsecret.txt`);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another host as long as the app host', 'app://evil01/index.html'],
    ['the host with a port', 'app://bundle:8080/index.html'],
    ['the host in upper case', 'app://BUNDLE/index.html'],
    ['https', 'https://bundle/index.html'],
    ['http', 'http://bundle/index.html'],
    ['file', `file://${rendererDir}/index.html`],
    ['another scheme', 'workbench://bundle/index.html'],
  ])('refuses %s (%s)', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])(
    'refuses the method %s',
    async (method) => {
      const response = await get(`${appOrigin}/index.html`, method);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    },
  );

  it('uses symlinks that really lead to the secret (so the symlink cases test the guard)', () => {
    const secretFile = realpathSync(join(folder.path, 'secret.txt'));
    expect(realpathSync(join(rendererDir, 'leak.txt'))).toBe(secretFile);
    expect(realpathSync(join(rendererDir, 'outside', 'secret.txt'))).toBe(secretFile);
  });
});
