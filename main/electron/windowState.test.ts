import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../core/testing/tempFolder.ts';
import { loadWindowBounds, saveWindowBounds } from './windowState.ts';

let folder: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(() => {
  folder = tempFolder('workbench-window-state-');
  file = join(folder.path, 'window-bounds.json');
});
afterEach(() => folder.remove());

describe('window bounds', () => {
  it('round-trips through save and load', () => {
    saveWindowBounds(file, { x: 12, y: -30, width: 1366, height: 768 });
    expect(loadWindowBounds(file)).toEqual({ x: 12, y: -30, width: 1366, height: 768 });
  });

  it('overwrites the previous bounds and leaves no temporary file', () => {
    saveWindowBounds(file, { x: 1, y: 2, width: 1000, height: 700 });
    saveWindowBounds(file, { x: 3, y: 4, width: 1100, height: 800 });
    expect(loadWindowBounds(file)).toEqual({ x: 3, y: 4, width: 1100, height: 800 });
    expect(readdirSync(folder.path)).toEqual(['window-bounds.json']);
  });

  it('gives {} for a missing file', () => {
    expect(existsSync(file)).toBe(false);
    expect(loadWindowBounds(file)).toEqual({});
  });

  it.each(['', '{', 'not json', 'null', '42', '"text"', '[]', '[1280, 840]'])(
    'gives {} for the corrupt content %j',
    (content) => {
      writeFileSync(file, content);
      expect(loadWindowBounds(file)).toEqual({});
    },
  );

  it.each([
    ['a string width', { width: '1280', height: 840 }],
    ['a null height', { width: 1280, height: null }],
    ['a missing height', { width: 1280 }],
    ['a boolean width', { width: true, height: 840 }],
    ['an object width', { width: { value: 1280 }, height: 840 }],
  ])('gives {} for %s', (_name, value) => {
    writeFileSync(file, JSON.stringify(value));
    expect(loadWindowBounds(file)).toEqual({});
  });

  it.each([
    ['a string x', { x: '10', y: 20, width: 1280, height: 840 }],
    ['a null y', { x: 10, y: null, width: 1280, height: 840 }],
    ['a missing y', { x: 10, width: 1280, height: 840 }],
  ])('keeps the size but drops the position for %s', (_name, value) => {
    writeFileSync(file, JSON.stringify(value));
    expect(loadWindowBounds(file)).toEqual({ width: 1280, height: 840 });
  });

  it('keeps only the known numeric fields', () => {
    writeFileSync(file, JSON.stringify({ x: 5, y: 6, width: 900, height: 650, evil: '<script>' }));
    expect(loadWindowBounds(file)).toEqual({ x: 5, y: 6, width: 900, height: 650 });
  });
});
