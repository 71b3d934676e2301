import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Punctuation that is Chinese (： ； 、 （ ）) belongs in the UI strings, where English has its own;
 * written into renderer code it shows as Chinese in the English UI. This finds it in string
 * literals, template pieces and JSX text outside renderer/src/i18n. Regular expressions are not
 * text: regex literals are never strings, and arguments of `new RegExp(...)` are skipped.
 */
const root = 'renderer/src';
const fullWidth = /[：；、（）]/;
/** Where Chinese punctuation is written on purpose, each with why. */
const allowed: Readonly<Record<string, string>> = {
  // The zh branch of a formatter that has its own en branch beside it.
  'renderer/src/components/dates/dueDayText.ts': 'language-branched date formatter',
  // A typed (1) becomes the document's （1）, which stays Chinese.
  'renderer/src/editor/typedHeadings.ts': 'heading numbers of the Chinese document',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function punctuatedText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') return;
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      if (fullWidth.test(node.text)) found.push(node.text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer code', () => {
  it('leaves Chinese punctuation to the UI strings', () => {
    const offending = sourceFiles(root)
      .filter((file) => !(file.split('\\').join('/') in allowed))
      .flatMap((file) => punctuatedText(file).map((text) => `${file}: ${text}`));
    expect(offending).toEqual([]);
  });

  it('finds punctuation planted in JSX text and in a template', () => {
    const planted = join('/tmp', `renderer-punctuation-${process.pid}.tsx`);
    writeFileSync(planted, 'const a = <p>{label}：{value}</p>;\nconst b = `${x}（${y}）`;\n');
    try {
      expect(punctuatedText(planted)).toEqual(['：', '（', '）']);
    } finally {
      rmSync(planted);
    }
  });
});
