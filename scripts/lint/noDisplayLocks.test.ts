import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The renderer never puts a display-locked element in the page: a `<details>` element, or CSS
 * `content-visibility`. While one exists anywhere in the document, Chromium checks the lock for
 * every node it walks when the caret moves, and each keystroke in a 100,000-character material
 * took ~10 ms longer (npm run bench). components/Disclosure.tsx does what `<details>` did.
 */
function rendererFiles(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return rendererFiles(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function detailsElements(file: string): number {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  let found = 0;
  const visit = (node: ts.Node) => {
    if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      node.tagName.getText() === 'details'
    )
      found += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no display locks in the renderer', () => {
  it('uses no <details> element', () => {
    const offenders = rendererFiles('renderer/src', /\.tsx$/).filter(
      (file) => detailsElements(file) > 0,
    );
    expect(offenders).toEqual([]);
  });

  it('uses no content-visibility in its style sheets', () => {
    const offenders = rendererFiles('renderer/src', /\.css$/).filter((file) =>
      /content-visibility/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
