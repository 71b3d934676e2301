import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'main/**/*.test.ts',
      'shared/**/*.test.ts',
      'scripts/**/*.test.ts',
      // Headless Lexical tests of the editor's nodes (no DOM needed).
      'renderer/src/editor/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Web mode and the admin commands that tests start keep audit chain keys here, not in the
    // user's own config folder.
    env: { WORKBENCH_AUDIT_KEYS: join(tmpdir(), 'workbench-test-audit-keys') },
  },
});
