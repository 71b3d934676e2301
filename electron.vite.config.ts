import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Desktop build: main (with the core bundled in), the sandboxed preload, and the renderer. */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      rollupOptions: { input: { index: fromRoot('main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      rollupOptions: {
        input: { index: fromRoot('main/electron/preload.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: { input: { index: fromRoot('renderer/index.html') } },
    },
  },
});
