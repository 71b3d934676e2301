import { builtinModules } from 'node:module';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImport = {
  // `electron` and its subpaths (`electron/main`, `electron/common`, `electron/renderer`).
  regex: '^electron(/.*)?$',
  message:
    'Only files under main/electron/ may import electron: the core must run under plain Node.',
};
const nodeImports = {
  // Anchored, unlike a `group` pattern, so a local folder such as `./events/` is not mistaken
  // for a builtin; builtinModules lists every builtin, subpaths (`dns/promises`) included.
  regex: `^(node:.+|(${builtinModules.join('|')})(/.*)?)$`,
  message:
    'This layer runs without Node: move the code to main/core and call it through the contract.',
};

const transportMessage =
  'The renderer reaches main only through renderer/src/api.ts: add a function there instead.';
/** What only api.ts may touch: the desktop bridge and the HTTP transport of web mode. */
const transports = ['fetch', 'XMLHttpRequest', 'workbench'];

/**
 * Environment boundaries (STYLE.md): shared/ is pure TypeScript, main/core never touches Electron,
 * the renderer never reaches into main/. A wrong import fails lint, not review.
 */
const boundaries = [
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronImport] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronImport, nodeImports] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api.ts', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...transports.map((name) => ({ name, message: transportMessage })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          transports.map((property) => ({ object, property, message: transportMessage })),
        ),
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronImport, nodeImports] }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'process',
          'Buffer',
        ].map((name) => ({ name, message: 'shared/ is pure TypeScript: no DOM, no Node.' })),
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx'] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './renderer',
              from: './main',
              message: 'The renderer reaches main only through the contract (api.ts).',
            },
            { target: './shared', from: './main', message: 'shared/ may not depend on main/.' },
            {
              target: './shared',
              from: './renderer',
              message: 'shared/ may not depend on the renderer.',
            },
            {
              target: './main',
              from: './renderer',
              message: 'main/ may not depend on the renderer.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'release/',
      'test-output/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...boundaries,
  {
    // A cycle at run time leaves one module reading another's exports before they exist; type-only
    // imports vanish at run time and are not followed.
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': 'error' },
  },
);
