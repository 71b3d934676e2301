import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalImportsOf, importSpecifiersOf } from './externalImports.ts';

/*
 * Packs the app with electron-builder around a stub `electron` file instead of the real binary
 * (which cannot be downloaded here). It checks what goes into app.asar and which fuse bits are
 * written; it cannot show that Electron starts, loads the app or honours the fuses.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const executableName = 'press-workbench';

// @electron/fuses looks for this marker (not exported by it), then a version byte, a length byte
// and one ASCII '0'/'1' byte per fuse.
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseWireVersion = 1;
const fuseOn = '1'.charCodeAt(0);
const fuseOff = '0'.charCodeAt(0);

const requiredFuses: [FuseV1Options, boolean][] = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableCookieEncryption, true],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

const devDependencyNames = ['react', 'react-dom', 'zod', 'vite', 'typescript', 'electron'];

/** A shell script carrying a fuse wire set opposite to the config, so a pass proves a flip. */
function writeStubElectron(distDir: string): void {
  const wire = Buffer.alloc(requiredFuses.length);
  for (const [fuse, wanted] of requiredFuses) wire[fuse] = wanted ? fuseOff : fuseOn;
  const stub = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "stub electron for the packaging test; it does not run the app"\n',
    ),
    Buffer.from(`exit 1\n# ${fuseSentinel}`),
    Buffer.from([fuseWireVersion, wire.length]),
    wire,
    Buffer.from('\n'),
  ]);
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'electron'), stub);
  chmodSync(join(distDir, 'electron'), 0o755);
}

function runNodeScript(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(
      `${args.join(' ')} exited with ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'press-workbench-packaging-'));
const appOutDir = join(workDir, 'release', 'linux-unpacked');
const asarPath = join(appOutDir, 'resources', 'app.asar');
let entries: string[] = [];

beforeAll(() => {
  const electronDist = join(workDir, 'electron-dist');
  writeStubElectron(electronDist);
  runNodeScript(['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn']);
  runNodeScript(
    [
      'node_modules/electron-builder/cli.js',
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(workDir, 'release')}`,
    ],
    // An empty cache: anything electron-builder would need to download fails the test offline.
    { ELECTRON_BUILDER_CACHE: join(workDir, 'cache') },
  );
  entries = listPackage(asarPath, { isPack: false }).map((entry) =>
    entry.replaceAll('\\', '/').replace(/^\//, ''),
  );
}, 240_000);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('packaging contents only: app.asar and fuse bits of a stub binary, not a running Electron', () => {
  it('ships the built main, preload and renderer with package.json', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'package.json',
      ]),
    );
    expect(entries.some((entry) => /^out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('ships a package.json whose main is the shipped bundle and lists no dependencies', () => {
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as {
      main: string;
      dependencies?: unknown;
      devDependencies?: unknown;
    };
    expect(entries).toContain(manifest.main);
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
  });

  it('ships nothing but out/ and package.json at the top level', () => {
    const topLevel = new Set(entries.map((entry) => entry.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['out', 'package.json']);
    for (const folder of ['main', 'renderer', 'shared', 'e2e', 'scripts', 'build', 'src']) {
      expect(topLevel.has(folder), folder).toBe(false);
    }
  });

  it('ships no TypeScript sources and no tests', () => {
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry))).toEqual([]);
  });

  it('ships no node_modules, so no dev dependency is shipped beside the Vite bundles', () => {
    expect(entries.filter((entry) => entry.split('/').includes('node_modules'))).toEqual([]);
    for (const name of devDependencyNames) {
      expect(
        entries.some((entry) => entry.includes(`node_modules/${name}/`)),
        name,
      ).toBe(false);
    }
  });

  it('ships main and preload bundles that load only Electron, Node built-ins and their own chunks', () => {
    const bundles = new Map(
      entries
        .filter((entry) => /^out\/(main|preload)\/.+\.[cm]?js$/.test(entry))
        .map((entry): [string, string] => [entry, extractFile(asarPath, entry).toString('utf8')]),
    );
    // Not read in vain: both bundles are there and load electron.
    for (const entry of ['out/main/index.js', 'out/preload/index.cjs']) {
      expect(importSpecifiersOf(bundles.get(entry) ?? ''), entry).toContain('electron');
    }
    // A package left external (a `dependencies` entry is) would be missing from app.asar.
    const external = [...bundles].flatMap(([entry, code]) =>
      externalImportsOf(code).map((specifier) => `${entry}: ${specifier}`),
    );
    expect(external).toEqual([]);
    const missingChunks = [...bundles].flatMap(([entry, code]) =>
      importSpecifiersOf(code)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => posix.join(posix.dirname(entry), specifier))
        .filter((chunk) => !entries.includes(chunk)),
    );
    expect(missingChunks).toEqual([]);
  });

  it('writes the configured fuse bits into the stub (not proof that Electron honours them)', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, executableName));
    for (const [fuse, wanted] of requiredFuses) {
      expect(wire[fuse], FuseV1Options[fuse]).toBe(wanted ? fuseOn : fuseOff);
    }
  });
});
