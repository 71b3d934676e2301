import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The environment boundaries of STYLE.md, shown on the repository's own ESLint config: each case
 * lints a snippet as if it lived at `filePath` and names the rules that must (and only those that
 * may) report. Removing or loosening a boundary rule fails this test.
 */
const repoRoot = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: repoRoot });

async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((message) => message.ruleId);
}

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  return (result?.messages ?? []).map((message) => message.message);
}

const restrictedImport = 'no-restricted-imports';
const restrictedGlobal = 'no-restricted-globals';
const restrictedPath = 'import-x/no-restricted-paths';
const restrictedProperty = 'no-restricted-properties';
const cycle = 'import-x/no-cycle';

type Case = readonly [description: string, filePath: string, code: string, expected: string[]];

describe('electron stays in main/electron', () => {
  const cases: readonly Case[] = [
    [
      'the core importing electron',
      'main/core/x.ts',
      "import { app } from 'electron';\nexport const name = app.name;\n",
      [restrictedImport],
    ],
    [
      'a nested core file importing electron',
      'main/core/db/x.ts',
      "import { app } from 'electron';\nexport const name = app.name;\n",
      [restrictedImport],
    ],
    [
      'the core importing an electron subpath',
      'main/core/x.ts',
      "import { app } from 'electron/main';\nexport const name = app.name;\n",
      [restrictedImport],
    ],
    [
      'the core re-exporting from electron',
      'main/core/x.ts',
      "export { app } from 'electron';\n",
      [restrictedImport],
    ],
    [
      'a core test importing electron',
      'main/core/x.test.ts',
      "import { app } from 'electron';\nexport const name = app.name;\n",
      [restrictedImport],
    ],
    [
      'the renderer importing electron',
      'renderer/src/x.tsx',
      "import { ipcRenderer } from 'electron';\nexport const bridge = ipcRenderer;\n",
      [restrictedImport],
    ],
    [
      'shared importing electron',
      'shared/x.ts',
      "import { app } from 'electron';\nexport const name = app.name;\n",
      [restrictedImport],
    ],
    [
      'the shell importing electron (allowed)',
      'main/electron/x.ts',
      "import { app } from 'electron';\nexport const name = app.name;\n",
      [],
    ],
    [
      'the core importing Node (allowed)',
      'main/core/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      [],
    ],
  ];

  it.each(cases)('%s', async (_description, filePath, code, expected) => {
    expect(await ruleIds(filePath, code)).toEqual(expected);
  });

  it('explains the electron rule', async () => {
    const [message] = await messages('main/core/x.ts', "export { app } from 'electron';\n");
    expect(message).toContain('main/electron/');
  });
});

describe('shared/ and renderer/ run without Node', () => {
  const cases: readonly Case[] = [
    [
      'shared importing node:fs',
      'shared/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      [restrictedImport],
    ],
    [
      'shared importing fs without the node: prefix',
      'shared/x.ts',
      "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n",
      [restrictedImport],
    ],
    [
      'shared importing a builtin subpath',
      'shared/contract/x.ts',
      "import { lookup } from 'dns/promises';\nexport const find = lookup;\n",
      [restrictedImport],
    ],
    [
      'the renderer importing node:fs',
      'renderer/src/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      [restrictedImport],
    ],
    [
      'the renderer importing node:path in a component',
      'renderer/src/components/X.tsx',
      "import { join } from 'node:path';\nexport const joined = join('a', 'b');\n",
      [restrictedImport],
    ],
    [
      'a local folder named like a builtin (allowed)',
      'renderer/src/x.ts',
      "import { bus } from './events/bus.ts';\nexport const events = bus;\n",
      [],
    ],
    [
      'shared using document',
      'shared/x.ts',
      'export const title = (): string => document.title;\n',
      [restrictedGlobal],
    ],
    [
      'shared using window',
      'shared/x.ts',
      'export const width = (): number => window.innerWidth;\n',
      [restrictedGlobal],
    ],
    [
      'shared using process',
      'shared/x.ts',
      'export const home = (): string | undefined => process.env.HOME;\n',
      [restrictedGlobal],
    ],
    [
      'the renderer using document (allowed)',
      'renderer/src/x.ts',
      'export const title = (): string => document.title;\n',
      [],
    ],
  ];

  it.each(cases)('%s', async (_description, filePath, code, expected) => {
    expect(await ruleIds(filePath, code)).toEqual(expected);
  });
});

describe('layers import only downwards', () => {
  // Real files, so the import-x resolver resolves them (an unresolved path is not reported).
  const targets = [
    'main/core/createCore.ts',
    'main/core/productInfo.ts',
    'main/core/rpc/router.ts',
    'renderer/src/api.ts',
    'shared/contract/channels.ts',
    'shared/contract/result.ts',
  ];
  it.each(targets)('the import target %s exists', (target) => {
    expect(existsSync(join(repoRoot, target))).toBe(true);
  });

  const cases: readonly Case[] = [
    [
      'the renderer importing the core',
      'renderer/src/x.ts',
      "import { createCore } from '../../main/core/createCore.ts';\nexport const core = createCore;\n",
      [restrictedPath],
    ],
    [
      'the renderer importing a core type',
      'renderer/src/pages/X.tsx',
      "import type { Router } from '../../../main/core/rpc/router.ts';\nexport type R = Router;\n",
      [restrictedPath],
    ],
    [
      'the renderer reaching main through shared/..',
      'renderer/src/x.ts',
      "import { createCore } from '../../shared/../main/core/createCore.ts';\nexport const core = createCore;\n",
      [restrictedPath],
    ],
    [
      'shared importing main',
      'shared/x.ts',
      "import { productName } from '../main/core/productInfo.ts';\nexport const name = productName;\n",
      [restrictedPath],
    ],
    [
      'shared importing the renderer',
      'shared/contract/x.ts',
      "import { invoke } from '../../renderer/src/api.ts';\nexport const call = invoke;\n",
      [restrictedPath],
    ],
    [
      'main importing the renderer',
      'main/core/x.ts',
      "import { invoke } from '../../renderer/src/api.ts';\nexport const call = invoke;\n",
      [restrictedPath],
    ],
    [
      'the renderer importing shared (allowed)',
      'renderer/src/x.ts',
      "import { channels } from '../../shared/contract/channels.ts';\nexport const all = channels;\n",
      [],
    ],
    [
      'main importing shared (allowed)',
      'main/core/x.ts',
      "import { ok } from '../../shared/contract/result.ts';\nexport const success = ok;\n",
      [],
    ],
    [
      'shared importing shared (allowed)',
      'shared/x.ts',
      "import { ok } from './contract/result.ts';\nexport const success = ok;\n",
      [],
    ],
  ];

  it.each(cases)('%s', async (_description, filePath, code, expected) => {
    expect(await ruleIds(filePath, code)).toEqual(expected);
  });
});

describe('the renderer reaches main only through api.ts', () => {
  const cases: readonly Case[] = [
    [
      'a page using the desktop bridge',
      'renderer/src/pages/materials/X.ts',
      'export const desktop = (): boolean => window.workbench !== undefined;\n',
      [restrictedProperty],
    ],
    [
      'a page taking the desktop bridge apart',
      'renderer/src/pages/X.tsx',
      'const { workbench } = window;\nexport const bridge = workbench;\n',
      [restrictedProperty],
    ],
    [
      'a page calling fetch',
      'renderer/src/pages/X.tsx',
      "export const load = (): Promise<Response> => fetch('/rpc');\n",
      [restrictedGlobal],
    ],
    [
      'a page calling fetch through globalThis',
      'renderer/src/x.ts',
      "export const load = (): Promise<Response> => globalThis.fetch('/rpc');\n",
      [restrictedProperty],
    ],
    [
      'a component opening an XMLHttpRequest',
      'renderer/src/components/X.tsx',
      'export const open = (): XMLHttpRequest => new XMLHttpRequest();\n',
      [restrictedGlobal],
    ],
    [
      'api.ts using both transports (allowed)',
      'renderer/src/api.ts',
      "export const load = (): Promise<unknown> =>\n  window.workbench ? window.workbench.invoke('x', null) : fetch('/rpc');\n",
      [],
    ],
  ];

  it.each(cases)('%s', async (_description, filePath, code, expected) => {
    expect(await ruleIds(filePath, code)).toEqual(expected);
  });

  it('says where the call belongs', async () => {
    const [message] = await messages('renderer/src/x.ts', "export const f = () => fetch('/');\n");
    expect(message).toContain('renderer/src/api.ts');
  });
});

describe('no import cycles', () => {
  // Each snippet stands in for a real module and imports something that already imports that
  // module, so the cycle runs through the files on disk.
  const cases: readonly Case[] = [
    [
      'two modules importing each other',
      'main/core/requests/packageDirection.ts',
      "import { loadRequest } from './requestDetail.ts';\nexport const load = loadRequest;\n",
      [cycle],
    ],
    [
      'a cycle through many modules',
      'main/core/appError.ts',
      "import { createCore } from './createCore.ts';\nexport const core = createCore;\n",
      [cycle],
    ],
    [
      'a cycle in shared',
      'shared/domain/roles.ts',
      "import { channels } from '../contract/channels.ts';\nexport const all = channels;\n",
      [cycle],
    ],
    [
      'a cycle in the renderer',
      'renderer/src/files.ts',
      "import { ImportPackageButton } from './components/ImportPackageButton.tsx';\nexport const button = ImportPackageButton;\n",
      [cycle],
    ],
    [
      'a type-only import back (allowed: it is gone at run time)',
      'main/core/appError.ts',
      "import type { Core } from './createCore.ts';\nexport type C = Core;\n",
      [],
    ],
  ];

  it.each(cases)('%s', async (_description, filePath, code, expected) => {
    expect(await ruleIds(filePath, code)).toEqual(expected);
  });
});
