import { describe, expect, it } from 'vitest';
import { externalImportsOf, importSpecifiersOf } from './externalImports.ts';

const shippedOnly = `
import { app, BrowserWindow } from "electron";
import { readFileSync } from "node:fs";
import { createRequire } from "module";
import * as sqlite from "node:sqlite";
import chunk from "./chunks/index-abc123.js";
const { contextBridge } = require("electron/renderer");
const worker = require("worker_threads");
const later = await import("node:crypto");
const message = "require('lodash') and import('zod') inside a string load nothing";
// import x from 'react-dom'
`;

describe('externalImportsOf', () => {
  it('finds every kind of import and require, but not ones inside strings or comments', () => {
    expect(importSpecifiersOf(shippedOnly)).toEqual([
      'electron',
      'node:fs',
      'module',
      'node:sqlite',
      './chunks/index-abc123.js',
      'electron/renderer',
      'worker_threads',
      'node:crypto',
    ]);
    expect(externalImportsOf(shippedOnly)).toEqual([]);
  });

  it('reports a package left outside the bundle, however it is loaded', () => {
    const planted = `${shippedOnly}
import x from 'lodash';
export { parse } from "@scope/parser";
export * from 'left-pad';
const z = require("zod");
const { unzipSync } = await import('fflate');
`;
    expect(externalImportsOf(planted)).toEqual([
      'lodash',
      '@scope/parser',
      'left-pad',
      'zod',
      'fflate',
    ]);
  });

  it('reports a node: name Node does not have, and an import it cannot read', () => {
    const code = `
import nope from "node:no-such-module";
const name = process.env.PLUGIN;
const plugin = require(name);
const other = await import(\`./plugins/\${name}.js\`);
`;
    expect(externalImportsOf(code)).toEqual([
      'node:no-such-module',
      'require(name)',
      'import(`./plugins/${name}.js`)',
    ]);
  });
});
