import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The shipped TypeScript files under `folder` (tests left out), not entering folders named `skip`. */
export function sourceFiles(folder: string, skip: readonly string[] = []): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return skip.includes(name) ? [] : sourceFiles(path, skip);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The text of every string literal, template piece and JSX text of a file. Regular expressions are
 * not text: regex literals are never strings, arguments of `new RegExp(...)` are skipped, and so
 * are constants named `...Source` when `skipSourceConstants` (pattern sources kept as strings).
 */
export function textPieces(file: string, options: { skipSourceConstants?: boolean } = {}) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') return;
    if (
      options.skipSourceConstants &&
      ts.isVariableDeclaration(node) &&
      /Source$/.test(node.name.getText())
    ) {
      return;
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
