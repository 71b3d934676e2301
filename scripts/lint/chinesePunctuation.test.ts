import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Chinese text (UI strings, messages from main, the Word files) uses full-width punctuation:
 * "请先登录,然后重试" is a typo an office notices. This finds ASCII , : ; ( ) ! ? touching a
 * Chinese character inside string literals of the shipped code. Regular-expression sources are
 * not prose: arguments of `new RegExp(...)` and constants named `...Source` are skipped.
 */
const roots = ['main', 'shared', 'renderer'];
const asciiNextToChinese = /[\u4e00-\u9fff][,:;()!?]|[,:;(!?][\u4e00-\u9fff]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function chineseStrings(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') return;
    if (ts.isVariableDeclaration(node) && /Source$/.test(node.name.getText())) return;
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      if (/[\u4e00-\u9fff]/.test(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Chinese text', () => {
  it('uses full-width punctuation next to Chinese characters', () => {
    const offending = roots.flatMap(sourceFiles).flatMap((file) =>
      chineseStrings(file)
        .filter((text) => asciiNextToChinese.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(offending).toEqual([]);
  });
});
