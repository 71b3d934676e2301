import { isBuiltin } from 'node:module';
import ts from 'typescript';

/**
 * The modules a built bundle loads: static imports, `export … from`, `import()` and `require()`,
 * found by parsing (so an import named inside a string or a comment does not count). A computed
 * argument is given as its source text, `import(name)`, since nobody can say what it loads.
 */
export function importSpecifiersOf(code: string): string[] {
  const source = ts.createSourceFile(
    'bundle.js',
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && loadsAModule(node)) {
      const [argument] = node.arguments;
      found.push(
        argument !== undefined && ts.isStringLiteralLike(argument)
          ? argument.text
          : node.getText(source),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const loadsAModule = (call: ts.CallExpression): boolean =>
  call.expression.kind === ts.SyntaxKind.ImportKeyword ||
  (ts.isIdentifier(call.expression) && call.expression.text === 'require');

/** Electron and Node's built-in modules are there at run time; nothing else is outside app.asar. */
export function isProvidedAtRunTime(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/') || isBuiltin(specifier);
}

/**
 * What a main or preload bundle loads by name that the packaged app does not provide: a package
 * Vite left external (as it does for `dependencies`) instead of bundling, so app.asar lacks it.
 * Relative imports (the bundle's own chunks) are not listed here.
 */
export function externalImportsOf(code: string): string[] {
  return importSpecifiersOf(code).filter(
    (specifier) => !isProvidedAtRunTime(specifier) && !specifier.startsWith('.'),
  );
}
