import { existsSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempFolder.ts';
import { contentTypeOf, resolveRendererFile } from './rendererFiles.ts';

const folder = tempFolder('workbench-renderer-files-');
const rendererDir = join(folder.path, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), '');
writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
writeFileSync(join(folder.path, 'secret.txt'), 'secret');
// A sibling folder whose name starts like the renderer's: a naive prefix check would accept it.
mkdirSync(join(folder.path, 'renderer-private'));
writeFileSync(join(folder.path, 'renderer-private', 'key.txt'), 'key');
symlinkSync(join(folder.path, 'secret.txt'), join(rendererDir, 'leak.txt'));
symlinkSync(folder.path, join(rendererDir, 'outside'));
symlinkSync(join(rendererDir, 'index.html'), join(rendererDir, 'home.html'));
// On Linux a backslash is an ordinary file-name character; on Windows it separates folders.
writeFileSync(join(rendererDir, 'back\\slash.js'), '');

afterAll(() => folder.remove());

const inRenderer = (...parts: string[]): string => realpathSync(join(rendererDir, ...parts));

describe('resolveRendererFile', () => {
  it.each([
    ['', 'index.html'],
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets//app.js', 'assets/app.js'],
    ['/assets/%61pp.js', 'assets/app.js'],
    ['/home.html', 'index.html'],
  ])('maps %j to %s', (urlPath, expected) => {
    expect(resolveRendererFile(rendererDir, urlPath)).toBe(inRenderer(expected));
  });

  it.each([
    '/../secret.txt',
    '../secret.txt',
    '/assets/../../secret.txt',
    '/assets/../index.html',
    '/./index.html',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..\\secret.txt',
    '\\..\\secret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/back\\slash.js',
    '/back%5cslash.js',
    '/index.html\0',
    '/index.html%00',
    '/index.html%00.js',
    '/%00/../secret.txt',
    '/%E0%A4%A',
    '/%',
    '//etc/passwd',
    '/etc/passwd',
    '/../renderer-private/key.txt',
    '/..%2frenderer-private%2fkey.txt',
    '/leak.txt',
    '/outside/secret.txt',
    '/assets',
    '/assets/',
    '/missing.html',
  ])('refuses %j', (urlPath) => {
    expect(resolveRendererFile(rendererDir, urlPath)).toBeNull();
  });

  it('has a file named with a backslash (so the backslash cases test the guard)', () => {
    expect(existsSync(join(rendererDir, 'back\\slash.js'))).toBe(true);
  });

  it('uses symlinks that really lead outside (so the symlink cases test the guard)', () => {
    expect(realpathSync(join(rendererDir, 'leak.txt'))).toBe(
      realpathSync(join(folder.path, 'secret.txt')),
    );
    expect(realpathSync(join(rendererDir, 'outside'))).toBe(realpathSync(folder.path));
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['/a/index.html', 'text/html; charset=utf-8'],
    ['/a/app.JS', 'text/javascript; charset=utf-8'],
    ['/a/style.css', 'text/css; charset=utf-8'],
    ['/a/logo.svg', 'image/svg+xml'],
    ['/a/font.woff2', 'font/woff2'],
    ['/a/data.bin', 'application/octet-stream'],
    ['/a/noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
